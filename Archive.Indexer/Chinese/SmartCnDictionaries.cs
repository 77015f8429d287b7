using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;

namespace Archive.Indexer.Chinese;

/// <summary>
/// The word and word-bigram counts of Lucene.Net's SmartChineseAnalyzer (People's Daily, Apache-2.0), read from the
/// resources of its assembly, which is shipped as a data file and never loaded as code. The words come out whole
/// (the format stores each word without its first character, in one table per first character); the bigrams come
/// out as SmartCN keeps them: a 64-bit FNV-1 hash of "first@second" (<see cref="WordBigrams.Key"/>) and a count.
/// Both resources are checked against the sha256 this code was written for.
/// </summary>
internal sealed class SmartCnDictionaries
{
    private const string WordsResource = "Lucene.Net.Analysis.SmartCn.Hhmm.coredict.mem";
    private const string BigramsResource = "Lucene.Net.Analysis.SmartCn.Hhmm.bigramdict.mem";
    private const string WordsSha256 = "5d8e1f0804eb09d63f0a141ac3df56a570310384c90f707b0a026351f88cef01";
    private const string BigramsSha256 = "e3c018c2fc428908f71a07416f7add014dc9d435310e91cd5c4e80bac4186a00";

    private SmartCnDictionaries(List<(string Word, int Count)> words, long[] bigramKeys, int[] bigramCounts)
    {
        Words = words;
        BigramKeys = bigramKeys;
        BigramCounts = bigramCounts;
    }

    /// <summary>Every word with its count; the class words 始##始, 末##末, 未##数, 未##人 ... stand for sentence ends and unknown words.</summary>
    public IReadOnlyList<(string Word, int Count)> Words { get; }

    /// <summary>Hash of each bigram (0 for an empty slot), aligned with <see cref="BigramCounts"/>.</summary>
    public long[] BigramKeys { get; }

    public int[] BigramCounts { get; }

    /// <summary>What the fingerprint of a segmentation model includes from this file.</summary>
    public static string Fingerprint => WordsSha256 + BigramsSha256;

    /// <exception cref="DataPackageException">The file is missing, not an assembly, or its dictionaries are not the pinned ones.</exception>
    public static SmartCnDictionaries Load(string assemblyPath)
    {
        byte[] words, bigrams;
        try
        {
            using var pe = new PEReader(File.OpenRead(assemblyPath));
            words = Resource(pe, WordsResource, assemblyPath);
            bigrams = Resource(pe, BigramsResource, assemblyPath);
        }
        catch (Exception e) when (e is BadImageFormatException or InvalidOperationException or IOException)
        {
            throw Corrupt(assemblyPath, $"it is not a readable .NET assembly ({e.Message})", e);
        }
        Check(assemblyPath, WordsResource, words, WordsSha256);
        Check(assemblyPath, BigramsResource, bigrams, BigramsSha256);
        var (keys, counts) = ReadBigrams(bigrams);
        return new SmartCnDictionaries(ReadWords(words), keys, counts);
    }

    private static byte[] Resource(PEReader pe, string name, string path)
    {
        var metadata = pe.GetMetadataReader();
        var directory = pe.PEHeaders.CorHeader?.ResourcesDirectory ?? throw new BadImageFormatException("no CLI header");
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (!metadata.StringComparer.Equals(resource.Name, name)) continue;
            var reader = pe.GetSectionData(directory.RelativeVirtualAddress).GetReader((int)resource.Offset, directory.Size - (int)resource.Offset);
            return reader.ReadBytes(reader.ReadInt32()); // each resource: a 4-byte length, then the bytes
        }
        throw Corrupt(path, $"it has no resource {name}", null);
    }

    private static void Check(string path, string name, byte[] data, string expected)
    {
        var actual = Convert.ToHexStringLower(SHA256.HashData(data));
        if (actual != expected)
            throw Corrupt(path, $"its resource {name} has sha256 {actual}, expected {expected}", null);
    }

    private static DataPackageException Corrupt(string path, string problem, Exception? inner) =>
        new($"{path}: {problem}. It must be Lucene.Net.Analysis.SmartCn.dll of the NuGet package Lucene.Net.Analysis.SmartCn " +
            "4.8.0-beta00017: delete it and rebuild (the build copies it from the NuGet package folder).", inner);

    /// <summary>
    /// coredict.mem: a hash table of first characters (short table ids, then chars), then per table id the words'
    /// remaining characters (an array of char arrays; -1 length for the first character alone), then their counts.
    /// </summary>
    private static List<(string, int)> ReadWords(byte[] data)
    {
        using var reader = new BinaryReader(new MemoryStream(data));
        var tableIds = new short[reader.ReadInt32()];
        for (var i = 0; i < tableIds.Length; i++) tableIds[i] = reader.ReadInt16();
        var firstChars = new char[reader.ReadInt32()];
        for (var i = 0; i < firstChars.Length; i++) firstChars[i] = reader.ReadChar();
        var firstCharOfTable = new Dictionary<int, char>();
        for (var i = 0; i < Math.Min(tableIds.Length, firstChars.Length); i++)
            if (tableIds[i] >= 0 && firstChars[i] != 0) firstCharOfTable[tableIds[i]] = firstChars[i];

        var rests = new string?[reader.ReadInt32()][];
        for (var table = 0; table < rests.Length; table++)
        {
            var count = reader.ReadInt32();
            if (count < 0) continue;
            var words = rests[table] = new string?[count];
            for (var w = 0; w < count; w++)
            {
                var length = reader.ReadInt32();
                words[w] = length < 0 ? "" : new string(reader.ReadChars(length));
            }
        }
        var result = new List<(string, int)>(90_000);
        var tables = reader.ReadInt32();
        for (var table = 0; table < tables; table++)
        {
            var count = reader.ReadInt32();
            for (var w = 0; w < count; w++)
            {
                var frequency = reader.ReadInt32();
                if (rests[table] is { } words && firstCharOfTable.TryGetValue(table, out var first) && frequency >= 0)
                    result.Add((first + words[w], frequency));
            }
        }
        return result;
    }

    /// <summary>bigramdict.mem: the slot array of hashes (longs), then the slot array of counts (ints).</summary>
    private static (long[], int[]) ReadBigrams(byte[] data)
    {
        using var reader = new BinaryReader(new MemoryStream(data));
        var keys = new long[reader.ReadInt32()];
        for (var i = 0; i < keys.Length; i++) keys[i] = reader.ReadInt64();
        var counts = new int[reader.ReadInt32()];
        for (var i = 0; i < counts.Length; i++) counts[i] = reader.ReadInt32();
        return (keys, counts);
    }
}
