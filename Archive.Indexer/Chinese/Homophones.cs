using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Archive.Indexer.Chinese;

/// <summary>
/// Which characters sound alike, tones aside: what a pinyin input method offers for one syllable, so what a typo puts
/// in place of a character (疫请 for 疫情, 经纪 for 经济). Read from pinyin-data's table of the readings of 20,903
/// characters (a polyphone has several: 济 jì, jǐ). Immutable and thread-safe.
/// </summary>
internal sealed class Homophones
{
    /// <summary>The table's name in the package's script: <c>const 带音调拼音=Object.freeze({"〇":"líng",…})</c>.</summary>
    private const string TableName = "带音调拼音";

    private readonly Dictionary<char, string[]> _syllables;
    private readonly Dictionary<string, char[]> _characters, _nearCharacters;

    private Homophones(Dictionary<char, string[]> syllables)
    {
        _syllables = syllables;
        _characters = ByReading(syllables, syllable => syllable);
        _nearCharacters = ByReading(syllables, Blurred);
    }

    /// <summary>The characters that share a reading with <paramref name="character"/>, itself excluded; none for a character the table lacks.</summary>
    public IEnumerable<char> Of(char character) =>
        _syllables.TryGetValue(character, out var syllables)
            ? syllables.SelectMany(syllable => _characters[syllable]).Where(other => other != character).Distinct()
            : [];

    /// <summary>
    /// The characters whose reading differs from one of <paramref name="character"/>'s only as an input method's fuzzy
    /// pinyin lets it (zh/z, ch/c, sh/s, n/l, -ng/-n: 引邻 for 引领), the homophones of <see cref="Of"/> excluded.
    /// </summary>
    public IEnumerable<char> Near(char character)
    {
        if (!_syllables.TryGetValue(character, out var syllables)) return [];
        var same = Of(character).ToHashSet();
        return syllables.SelectMany(syllable => _nearCharacters[Blurred(syllable)]).Where(other => other != character && !same.Contains(other)).Distinct();
    }

    private static Dictionary<string, char[]> ByReading(Dictionary<char, string[]> syllables, Func<string, string> key) => syllables
        .SelectMany(entry => entry.Value.Select(syllable => (Key: key(syllable), Character: entry.Key)))
        .GroupBy(reading => reading.Key, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.Select(reading => reading.Character).Distinct().Order().ToArray(), StringComparer.Ordinal);

    /// <summary>A reading as fuzzy pinyin hears it: zh, ch, sh as z, c, s; l as n; a final -ng as -n (-ong as an -on no reading has).</summary>
    private static string Blurred(string syllable)
    {
        var blurred = syllable.Length > 1 && syllable[1] == 'h' && syllable[0] is 'z' or 'c' or 's' ? syllable.Remove(1, 1) : syllable;
        if (blurred.StartsWith('l')) blurred = "n" + blurred[1..];
        return blurred.EndsWith("ng", StringComparison.Ordinal) ? blurred[..^1] : blurred;
    }

    /// <exception cref="DataPackageException">The file is missing or holds no readable table.</exception>
    public static Homophones Load(string path)
    {
        var script = File.ReadAllText(path, Encoding.UTF8);
        var start = script.IndexOf(TableName + "=Object.freeze(", StringComparison.Ordinal);
        var open = start < 0 ? -1 : script.IndexOf('{', start);
        var close = open < 0 ? -1 : script.IndexOf("})", open, StringComparison.Ordinal);
        if (close < 0) throw DataPackageFiles.Corrupt(path, 1, $"no table {TableName}=Object.freeze({{…}})");
        var line = script.AsSpan(0, open).Count('\n') + 1;
        Dictionary<string, string>? table;
        try
        {
            table = JsonSerializer.Deserialize<Dictionary<string, string>>(script.AsSpan(open, close - open + 1));
        }
        catch (JsonException e)
        {
            throw DataPackageFiles.Corrupt(path, line, $"the table {TableName} is no JSON object of strings ({e.Message})");
        }
        var syllables = new Dictionary<char, string[]>();
        foreach (var (character, readings) in table ?? [])
        {
            if (character.Length != 1 || !CharClass.IsHan(character[0])) continue;
            syllables[character[0]] = [.. readings.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Toneless).Distinct()];
        }
        return syllables.Count > 0 ? new Homophones(syllables) : throw DataPackageFiles.Corrupt(path, line, $"the table {TableName} holds no character");
    }

    /// <summary>A reading without its tone mark (jǐ → ji); ü keeps its dots (lǜ → lü, not lu).</summary>
    private static string Toneless(string reading)
    {
        var marks = reading.Normalize(NormalizationForm.FormD);
        var toneless = new StringBuilder(marks.Length);
        foreach (var c in marks)
        {
            // Grave, acute, macron and caron mark the tones; the diaeresis belongs to ü.
            if (c is '\u0300' or '\u0301' or '\u0304' or '\u030C') continue;
            toneless.Append(c);
        }
        return toneless.ToString().Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture);
    }
}
