namespace Archive.Indexer.Search;

/// <summary>
/// Near-duplicate fingerprints: a 64-bit SimHash over the character 4-shingles of the text (letters and digits only,
/// so punctuation, spacing and line breaks do not matter). Two texts are twins when their fingerprints differ in at
/// most <see cref="MaxDistance"/> bits and their lengths by at most <see cref="MaxLengthDifference"/>. Formulaic
/// texts (the synthetic corpus, built from one phrase pool) come within 5-7 bits of each other without being the
/// same article, so the bar is strict: precision over recall, since a twin is hidden from results. Within 3 bits,
/// one of the four 16-bit bands is identical, which is how <see cref="TwinFinder"/> finds candidates.
/// </summary>
public static class SimHash
{
    public const int MaxDistance = 3;
    /// <summary>Twins' lengths differ by at most this share of the longer one.</summary>
    public const double MaxLengthDifference = 0.1;
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

    public static bool AreTwins(ulong a, int lengthA, ulong b, int lengthB) =>
        a != 0 && b != 0 && Distance(a, b) <= MaxDistance && Math.Abs(lengthA - lengthB) <= MaxLengthDifference * Math.Max(lengthA, lengthB);

    /// <summary>The splitmix64 finalizer: FNV alone spreads short inputs poorly over the high bits.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
