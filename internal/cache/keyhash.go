package cache

// This file lays out the hash table of a glossary file's keys, the
// section "keys/hash": what a lookup reads to find a name or alias, a
// block or two of the file where a binary search of the sorted keys
// would read one for each of its twenty-odd steps (docs/PERFORMANCE.md).

import "github.com/gloss-cli/gloss/internal/glossary"

// hashSlot is one slot of the table: the key record it holds, plus one
// (0 for an empty slot), and the high half of the key's hash, so that a
// slot of another key is passed over without reading its key.
type hashSlot struct {
	Key, Tag uint32
}

// hashLoad is how full the table may be: at most half its slots used, so
// that a lookup, found or not, reads two slots on average (linear
// probing), nearly always in one block.
const hashLoad = 2

// keyHash returns the FNV-1a 64-bit hash of key: its low bits place the
// key in the table, its high half is the slot's tag.
func keyHash(key string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(key); i++ {
		h ^= uint64(key[i])
		h *= 1099511628211
	}
	return h
}

// hashSlots returns the size of the table for n keys: a power of two, at
// least hashLoad times n.
func hashSlots(n int) int {
	size := 8
	for size < hashLoad*n {
		size *= 2
	}
	return size
}

// keyHashTable returns the table of keys, which the key records hold in
// this order, for the section "keys/hash".
func keyHashTable(keys []glossary.SnapshotKey) []hashSlot {
	size := hashSlots(len(keys))
	table := make([]hashSlot, size)
	for i, k := range keys {
		h := keyHash(k.Key)
		j := int(h) & (size - 1)
		for table[j].Key != 0 {
			j = (j + 1) & (size - 1)
		}
		table[j] = hashSlot{uint32(i + 1), uint32(h >> 32)}
	}
	return table
}
