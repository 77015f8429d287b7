namespace Archive.Indexer.Chinese;

/// <summary>
/// Where the language data lives: data-packages/jieba/* (fetched by the build) and dict/*.txt (the project's
/// own dictionary, copied from corpus/dict), both beside the assembly.
/// </summary>
public sealed class DataPackageFiles(string baseDirectory)
{
    private const string FetchHint =
        "Run `dotnet build` to fetch the data packages (build/fetch-data-packages.sh), " +
        "or put the files from nodejieba@3.5.8 (package/submodules/cppjieba/dict/) there by hand.";

    public string BaseDirectory { get; } = baseDirectory;

    public string JiebaDictionary => Require("jieba.dict.utf8");
    public string HmmModel => Require("hmm_model.utf8");
    public string StopWords => Require("stop_words.utf8");
    public string Idf => Require("idf.utf8");

    /// <summary>The domain dictionaries (dict/*.txt), in a stable order.</summary>
    public IReadOnlyList<string> DomainDictionaries
    {
        get
        {
            var folder = Path.Combine(BaseDirectory, "dict");
            if (!Directory.Exists(folder))
                throw new DataPackageException(
                    $"The domain dictionary folder {folder} is missing. The build copies corpus/dict/*.txt there; rebuild the project.");
            var files = Directory.GetFiles(folder, "*.txt");
            Array.Sort(files, StringComparer.Ordinal);
            return files;
        }
    }

    private string Require(string name)
    {
        var path = Path.Combine(BaseDirectory, "data-packages", "jieba", name);
        if (!File.Exists(path))
            throw new DataPackageException($"The data file {path} is missing. {FetchHint}");
        return path;
    }

    /// <summary>The error for a file that exists but cannot be used.</summary>
    public static DataPackageException Corrupt(string path, int line, string problem) =>
        new($"{path}, line {line}: {problem}. The file is corrupt: delete it (or the whole .cache/data-packages folder) and rebuild to fetch it again; " +
            "for a file under dict/, fix the line in corpus/dict.");
}
