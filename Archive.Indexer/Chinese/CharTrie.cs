namespace Archive.Indexer.Chinese;

/// <summary>
/// A prefix tree keyed by UTF-16 characters, flat in memory: a direct table for the first character and one
/// open-addressing hash table of (parent node, character) -> child node for the rest. Walking a word costs
/// one multiply and usually one probe per character, and nothing is allocated after building.
/// Node 0 means "none"; real nodes start at 1.
/// </summary>
public sealed class CharTrie
{
    private readonly int[] roots = new int[char.MaxValue + 1];
    private long[] keys = new long[1 << 20];
    private int[] children = new int[1 << 20];
    private int shift = 64 - 20;
    private int edges;

    /// <summary>Number of nodes, so node ids run from 1 to NodeCount.</summary>
    public int NodeCount { get; private set; }

    public int Root(char c) => roots[c];

    public int Child(int node, char c)
    {
        var key = ((long)node << 16) | c;
        var mask = keys.Length - 1;
        var slot = Slot(key);
        while (true)
        {
            var k = keys[slot];
            if (k == key) return children[slot];
            if (k == 0) return 0;
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
        if (node == 0) node = roots[word[0]] = ++NodeCount;
        for (var i = 1; i < word.Length; i++)
        {
            var next = Child(node, word[i]);
            if (next == 0) next = Insert(node, word[i]);
            node = next;
        }
        return node;
    }

    private int Insert(int parent, char c)
    {
        if ((edges + 1) * 2 > keys.Length) Grow();
        var key = ((long)parent << 16) | c;
        var mask = keys.Length - 1;
        var slot = Slot(key);
        while (keys[slot] != 0) slot = (slot + 1) & mask;
        keys[slot] = key;
        children[slot] = ++NodeCount;
        edges++;
        return NodeCount;
    }

    private void Grow()
    {
        var oldKeys = keys;
        var oldChildren = children;
        keys = new long[oldKeys.Length * 2];
        children = new int[oldKeys.Length * 2];
        shift--;
        var mask = keys.Length - 1;
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldKeys[i] == 0) continue;
            var slot = Slot(oldKeys[i]);
            while (keys[slot] != 0) slot = (slot + 1) & mask;
            keys[slot] = oldKeys[i];
            children[slot] = oldChildren[i];
        }
    }

    private int Slot(long key) => (int)((ulong)key * 0x9E3779B97F4A7C15UL >> shift);

    /// <summary>Bytes held by the tables, for the benchmark's memory figure.</summary>
    public long ApproximateBytes => roots.Length * 4L + keys.Length * 12L;
}
