namespace Archive.Indexer.Chinese;

/// <summary>
/// Near-duplicate fingerprints: a 64-bit SimHash over the character 4-shingles of the text (letters and digits only,
/// so punctuation, spacing and line breaks do not matter). Two texts are twins when their fingerprints differ in at
/// most <see cref="MaxDistance"/> bits and their lengths by at most <see cref="MaxLengthDifference"/>. Formulaic
/// texts (the synthetic corpus, built from one phrase pool) come within 5-7 bits of each other without being the
/// same article, so the bar is strict: precision over recall, since a twin is hidden from results. Within 3 bits,
/// one of the four 16-bit bands is identical, which is how the store's <see cref="Store.TwinGroups"/> finds candidates.
/// </summary>
internal static class SimHash
{
    public const int MaxDistance = 3;
    /// <summary>Twins' lengths differ by at most this share of the longer one.</summary>
    public const double MaxLengthDifference = 0.1;
    /// <summary>Below this many characters a text is too short to call anything its twin.</summary>
    public const int MinLength = 60;
    private const int Shingle = 4;

    public static ulong? Compute(string text)
    {
        // One pass with a rolling window of the last four letters: no copy of the text, no per-bit branches; a shingle's
        // 64 bits are counted a byte at a time into the lanes, eight bits with one addition.
        Span<int> ones = stackalloc int[64];
        Span<ulong> lanes = stackalloc ulong[8];
        Span<char> window = stackalloc char[Shingle];
        int letters = 0, shingles = 0;
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c)) continue;
            window[letters++ % Shingle] = c < 128 || CharClass.IsHan(c) ? (char)(c is >= 'A' and <= 'Z' ? c + 32 : c) : char.ToLowerInvariant(c);
            if (letters < Shingle) continue;
            var hash = 14695981039346656037UL;
            for (var k = letters - Shingle; k < letters; k++)
            {
                hash = (hash ^ window[k % Shingle]) * 1099511628211UL;
            }
            hash = Mix(hash);
            for (var b = 0; b < 8; b++)
            {
                lanes[b] += ByteLanes[(int)(hash >> (8 * b)) & 0xFF];
            }
            if (++shingles % MaxInLanes == 0) Drain(lanes, ones);
        }
        if (letters < MinLength) return null;
        Drain(lanes, ones);

        // A bit is set when more shingles have it than not (the sum of +1/-1 weights is positive).
        ulong fingerprint = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (2 * ones[bit] > shingles) fingerprint |= 1UL << bit;
        }
        return fingerprint;
    }

    public static int Distance(ulong a, ulong b) => System.Numerics.BitOperations.PopCount(a ^ b);

    public static bool AreTwins(ulong a, int lengthA, ulong b, int lengthB) =>
        a != 0 && b != 0 && Distance(a, b) <= MaxDistance && Math.Abs(lengthA - lengthB) <= MaxLengthDifference * Math.Max(lengthA, lengthB);

    /// <summary>The shortest and longest lengths a twin of a text of <paramref name="length"/> characters may have (<see cref="AreTwins"/>).</summary>
    public static (int Shortest, int Longest) TwinLengths(int length) =>
        ((int)Math.Floor(length * (1 - MaxLengthDifference)), (int)Math.Ceiling(length / (1 - MaxLengthDifference)));

    /// <summary>Shingles the byte-wide counters of <see cref="ByteLanes"/> hold before one could overflow.</summary>
    private const int MaxInLanes = byte.MaxValue;

    /// <summary>A byte's eight bits spread over the eight bytes of a word (bit i to byte i), to count them in one addition.</summary>
    private static readonly ulong[] ByteLanes = [.. Enumerable.Range(0, 256).Select(value =>
        Enumerable.Range(0, 8).Where(bit => (value >> bit & 1) == 1).Aggregate(0UL, (spread, bit) => spread | 1UL << (8 * bit)))];

    /// <summary>Adds the counts held in the lanes (lane b, byte i: bit 8b + i) to <paramref name="ones"/> and empties them.</summary>
    private static void Drain(Span<ulong> lanes, Span<int> ones)
    {
        for (var b = 0; b < lanes.Length; b++)
        {
            for (var i = 0; i < 8; i++)
            {
                ones[8 * b + i] += (int)(lanes[b] >> (8 * i) & 0xFF);
            }
            lanes[b] = 0;
        }
    }

    /// <summary>The splitmix64 finalizer: FNV alone spreads short inputs poorly over the high bits.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
