namespace Archive.Indexer.Search;

/// <summary>
/// Near-duplicate fingerprints: a 64-bit SimHash over the character 4-shingles of the text (letters and digits only,
/// so punctuation, spacing and line breaks do not matter). Two texts are twins when their fingerprints differ in at
/// most <see cref="MaxDistance"/> bits (an article of 600 characters with a line added and a phrase changed differs
/// in about 5; unrelated texts in about 32). Then, of the four 16-bit bands, at least one differs in at most one bit:
/// the index holds the bands, and a lookup probes each band and its 16 one-bit neighbours.
/// </summary>
public static class SimHash
{
    public const int MaxDistance = 7;
    /// <summary>Below this many characters a text is too short to call anything its twin.</summary>
    public const int MinLength = 60;
    private const int Shingle = 4;

    public static ulong? Compute(string text)
    {
        var chars = new List<char>(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) chars.Add(char.ToLowerInvariant(c));
        }
        if (chars.Count < MinLength) return null;

        Span<int> weights = stackalloc int[64];
        for (var i = 0; i + Shingle <= chars.Count; i++)
        {
            var hash = 14695981039346656037UL;
            for (var k = 0; k < Shingle; k++)
            {
                hash = (hash ^ chars[i + k]) * 1099511628211UL;
            }
            hash = Mix(hash);
            for (var bit = 0; bit < 64; bit++)
            {
                weights[bit] += ((hash >> bit) & 1) == 1 ? 1 : -1;
            }
        }
        ulong fingerprint = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (weights[bit] > 0) fingerprint |= 1UL << bit;
        }
        return fingerprint;
    }

    public static int Distance(ulong a, ulong b) => System.Numerics.BitOperations.PopCount(a ^ b);

    public static bool AreTwins(ulong a, ulong b) => Distance(a, b) <= MaxDistance;

    /// <summary>The four bands as index terms ("0:1a2b").</summary>
    public static IEnumerable<string> Bands(ulong fingerprint)
    {
        for (var band = 0; band < 4; band++)
        {
            yield return Band(band, (fingerprint >> (band * 16)) & 0xFFFF);
        }
    }

    /// <summary>
    /// The band terms a twin of <paramref name="fingerprint"/> must hold one of: each band as it is and with any one
    /// bit flipped (4 x 17 terms). Any fingerprint within <see cref="MaxDistance"/> bits holds at least one.
    /// </summary>
    public static IEnumerable<string> Probes(ulong fingerprint)
    {
        for (var band = 0; band < 4; band++)
        {
            var value = (fingerprint >> (band * 16)) & 0xFFFF;
            yield return Band(band, value);
            for (var bit = 0; bit < 16; bit++)
            {
                yield return Band(band, value ^ (1UL << bit));
            }
        }
    }

    private static string Band(int band, ulong value) => $"{band}:{value:x4}";

    /// <summary>The splitmix64 finalizer: FNV alone spreads short inputs poorly over the high bits.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
