namespace Archive.Indexer.Chinese;

/// <summary>
/// A prefix tree keyed by UTF-16 characters, flat in memory: a direct table for the first character and one
/// open-addressing hash table for the rest, each entry one 64-bit word holding the key (parent node, character) and
/// the child node, so a step of a walk costs one multiply and usually one cache line. Nothing is allocated after
/// building. Node 0 means "none"; real nodes start at 1 (at most 2^24 - 1 of them).
/// </summary>
internal sealed class CharTrie
{
    private const int KeyBits = 40; // node (24 bits) << 16 | character
    private const ulong KeyMask = (1UL << KeyBits) - 1;
    private const int MaxNodes = (1 << 24) - 1;

    private readonly int[] roots = new int[char.MaxValue + 1];
    private ulong[] entries = new ulong[1 << 20]; // child << 40 | key; 0 when empty
    private int shift = 64 - 20;
    private int edges;

    /// <summary>Number of nodes, so node ids run from 1 to NodeCount.</summary>
    public int NodeCount { get; private set; }

    public int Root(char c) => roots[c];

    public int Child(int node, char c)
    {
        var key = ((ulong)node << 16) | c;
        var mask = entries.Length - 1;
        var slot = Slot(key);
        while (true)
        {
            var entry = entries[slot];
            if ((entry & KeyMask) == key) return (int)(entry >> KeyBits);
            if (entry == 0) return 0;
            slot = (slot + 1) & mask;
        }
    }

    /// <summary>The node of <paramref name="word"/>, or 0 when it is not a path in the tree.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return 0;
        var node = roots[word[0]];
        for (var i = 1; i < word.Length && node != 0; i++) node = Child(node, word[i]);
        return node;
    }

    /// <summary>Adds the path of <paramref name="word"/> (not empty) and returns its last node.</summary>
    public int Add(ReadOnlySpan<char> word)
    {
        var node = roots[word[0]];
        if (node == 0) node = roots[word[0]] = NewNode();
        for (var i = 1; i < word.Length; i++)
        {
            var next = Child(node, word[i]);
            if (next == 0) next = Insert(node, word[i]);
            node = next;
        }
        return node;
    }

    private int NewNode() => NodeCount < MaxNodes ? ++NodeCount : throw new InvalidOperationException($"a prefix tree holds at most {MaxNodes} nodes");

    private int Insert(int parent, char c)
    {
        if ((edges + 1) * 2 > entries.Length) Grow();
        var key = ((ulong)parent << 16) | c;
        var mask = entries.Length - 1;
        var slot = Slot(key);
        while (entries[slot] != 0) slot = (slot + 1) & mask;
        var child = NewNode();
        entries[slot] = ((ulong)child << KeyBits) | key;
        edges++;
        return child;
    }

    private void Grow()
    {
        var old = entries;
        entries = new ulong[old.Length * 2];
        shift--;
        var mask = entries.Length - 1;
        foreach (var entry in old)
        {
            if (entry == 0) continue;
            var slot = Slot(entry & KeyMask);
            while (entries[slot] != 0) slot = (slot + 1) & mask;
            entries[slot] = entry;
        }
    }

    private int Slot(ulong key) => (int)(key * 0x9E3779B97F4A7C15UL >> shift);

    /// <summary>Bytes held by the tables, for the benchmark's memory figure.</summary>
    public long ApproximateBytes => roots.Length * 4L + entries.Length * 8L;
}
