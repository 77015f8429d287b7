namespace Archive.Indexer.Chinese;

/// <summary>
/// Where the language data lives: data-packages/jieba/* and data-packages/opencc/* (fetched by the build) and
/// dict/* (the project's own dictionary and synonyms, copied from corpus/dict), all beside the assembly.
/// </summary>
public sealed class DataPackageFiles(string baseDirectory)
{
    private const string FetchHint =
        "Run `dotnet build` to fetch the data packages (build/fetch-data-packages.sh), " +
        "or put the files listed in build/data-packages.tsv there by hand.";

    public string BaseDirectory { get; } = baseDirectory;

    public string JiebaDictionary => Require("jieba", "jieba.dict.utf8");
    public string HmmModel => Require("jieba", "hmm_model.utf8");
    public string StopWords => Require("jieba", "stop_words.utf8");
    public string Idf => Require("jieba", "idf.utf8");
    /// <summary>OpenCC's traditional-to-simplified characters and phrases.</summary>
    public string TraditionalCharacters => Require("opencc", "TSCharacters.txt");
    public string TraditionalPhrases => Require("opencc", "TSPhrases.txt");

    /// <summary>The domain dictionaries (dict/*.txt), in a stable order.</summary>
    public IReadOnlyList<string> DomainDictionaries => DomainFiles("*.txt");

    private string[] DomainFiles(string pattern)
    {
        var folder = Path.Combine(BaseDirectory, "dict");
        if (!Directory.Exists(folder))
            throw new DataPackageException(
                $"The domain dictionary folder {folder} is missing. The build copies corpus/dict there; rebuild the project.");
        var files = Directory.GetFiles(folder, pattern);
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    /// <summary>The synonym tables (dict/*.tsv: domain terms, place short forms), in a stable order.</summary>
    public IReadOnlyList<string> SynonymTables => DomainFiles("*.tsv");

    private string Require(string package, string name)
    {
        var path = Path.Combine(BaseDirectory, "data-packages", package, name);
        if (!File.Exists(path))
            throw new DataPackageException($"The data file {path} is missing. {FetchHint}");
        return path;
    }

    /// <summary>The error for a file that exists but cannot be used.</summary>
    public static DataPackageException Corrupt(string path, int line, string problem) =>
        new($"{path}, line {line}: {problem}. The file is corrupt: delete it (or the whole .cache/data-packages folder) and rebuild to fetch it again; " +
            "for a file under dict/, fix the line in corpus/dict.");
}
