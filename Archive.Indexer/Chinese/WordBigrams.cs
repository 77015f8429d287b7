namespace Archive.Indexer.Chinese;

/// <summary>
/// How often one word follows another, keyed as SmartCN keys its bigram dictionary: the 64-bit FNV-1 hash of
/// "first@second" over the low and high byte of each UTF-16 character. A key is built by extending a hash
/// character by character, so the segmenter hashes "first@" once per word and extends it by each candidate
/// next word. Stored as one flat open-addressing table of (high 32 bits of the key, count): 4 MB, no pointers.
/// </summary>
internal sealed class WordBigrams
{
    private const long Prime = 1099511628211L;
    public const long EmptyKey = unchecked((long)0xcbf29ce484222325L);
    private const char Separator = '@';

    private readonly ulong[] slots; // (uint)(key >> 32) << 32 | count; 0 when empty
    private readonly int shift;
    private readonly ulong[] filter; // two bits a bigram in one 64-bit word: most pairs of a lattice were never seen, and this small table says so from the cache
    private readonly int filterShift;

    public WordBigrams(long[] keys, int[] counts)
    {
        var used = keys.Count(k => k != 0);
        var bits = Math.Max(4, 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)used * 3 / 2));
        slots = new ulong[1 << bits];
        shift = 64 - bits;
        filter = new ulong[1 << (bits - 3)]; // 512 KB, 12 bits a bigram: about 1 pair in 20 passes by chance
        filterShift = 64 - (bits - 3);
        var mask = slots.Length - 1;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] == 0 || counts[i] <= 0) continue;
            var slot = Slot(keys[i]);
            var tag = Tag(keys[i]);
            while (slots[slot] != 0 && slots[slot] >> 32 != tag) slot = (slot + 1) & mask;
            var previous = (uint)slots[slot];
            slots[slot] = tag << 32 | (uint)Math.Min((long)previous + counts[i], uint.MaxValue);
            var (word, bitsOfKey) = FilterBits(keys[i]);
            filter[word] |= bitsOfKey;
            Count++;
        }
    }

    /// <summary>Number of distinct bigrams.</summary>
    public int Count { get; }

    public long ApproximateBytes => slots.Length * 8L + filter.Length * 8L;

    public static long Extend(long key, char c) => ((key ^ (c & 0xFF)) * Prime ^ (c >> 8)) * Prime;

    public static long Extend(long key, ReadOnlySpan<char> text)
    {
        foreach (var c in text) key = Extend(key, c);
        return key;
    }

    /// <summary>The key of a word as the first of a pair: the hash of "word@", to be extended by the second word.</summary>
    public static long FirstKey(ReadOnlySpan<char> word) => Extend(Extend(EmptyKey, word), Separator);

    /// <summary>How often the pair whose full key is <paramref name="key"/> was seen (0 when never).</summary>
    public int Frequency(long key)
    {
        var (word, bitsOfKey) = FilterBits(key);
        if ((filter[word] & bitsOfKey) != bitsOfKey) return 0;
        var tag = Tag(key);
        var mask = slots.Length - 1;
        var slot = Slot(key);
        while (true)
        {
            var entry = slots[slot];
            if (entry == 0) return 0;
            if (entry >> 32 == tag) return (int)(uint)entry;
            slot = (slot + 1) & mask;
        }
    }

    /// <summary>The filter word of a key and its two bits there.</summary>
    private (int, ulong) FilterBits(long key)
    {
        var mixed = (ulong)key * 0xC2B2AE3D27D4EB4FUL;
        return ((int)(mixed >> filterShift), (1UL << (int)(mixed & 63)) | (1UL << (int)((mixed >> 6) & 63)));
    }

    private int Slot(long key) => (int)((ulong)key * 0x9E3779B97F4A7C15UL >> shift);

    private static ulong Tag(long key) => (ulong)key >> 32 is var tag and not 0 ? tag : 1;
}
