namespace Archive.Indexer.Chinese;

/// <summary>Words too common to index (stop_words.utf8, one a line), matched on the normalized token text.</summary>
internal sealed class StopWords
{
    private readonly HashSet<string> words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public StopWords(IEnumerable<string> words)
    {
        this.words = new HashSet<string>(words, StringComparer.Ordinal);
        lookup = this.words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyCollection<string> All => words;

    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);

    public static StopWords Load(string path)
    {
        try
        {
            var words = File.ReadLines(path).Select(l => CharClass.Normalize(l.AsSpan().Trim())).Where(w => w.Length > 0).ToList();
            if (words.Count == 0) throw DataPackageFiles.Corrupt(path, 1, "no stop words found");
            return new StopWords(words);
        }
        catch (IOException e)
        {
            throw new DataPackageException($"{path} cannot be read: {e.Message}", e);
        }
    }
}
