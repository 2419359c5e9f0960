// Package data embeds the built-in CRM glossary. data/glossary.yaml is its
// source of truth; see docs/GLOSSARY-FORMAT.md for the format.
package data

import _ "embed"

// Name is how the built-in glossary is named in messages and sources.
const Name = "built-in"

// YAML is the built-in glossary, as written in glossary.yaml.
//
//go:embed glossary.yaml
var YAML []byte
