using Archive.Indexer.Chinese;

namespace Archive.Indexer.Regions;

/// <summary>
/// Traditional characters to their simplified forms (OpenCC's TSCharacters), one character for one, so a folded string
/// keeps every index of the original: names are matched on the folded text and cut from the original. Where OpenCC
/// keeps a character among its own simplified forms (乾 -> 干 or 乾), it stays when a place name uses it (乾安县).
/// </summary>
internal sealed class TraditionalCharacters
{
    private readonly char[] _simplified = new char[char.MaxValue + 1];

    private TraditionalCharacters(IEnumerable<(char Traditional, char[] Simplified)> pairs, IReadOnlySet<char> kept)
    {
        for (var c = 0; c <= char.MaxValue; c++) _simplified[c] = (char)c;
        foreach (var (traditional, simplified) in pairs)
        {
            if (simplified.Contains(traditional) && kept.Contains(traditional)) continue;
            _simplified[traditional] = simplified[0];
        }
    }

    /// <summary>Reads TSCharacters.txt ("萬\t万", "乾\t干 乾"); pairs that are not one BMP character each are skipped.</summary>
    /// <exception cref="DataPackageException">The file is missing, unreadable or malformed.</exception>
    public static TraditionalCharacters Load(string path, IReadOnlySet<char> kept)
    {
        var pairs = ScriptFolding.Entries(path)
            .Where(e => e.From.Length == 1 && !char.IsSurrogate(e.From[0]))
            .Select(e => (e.From[0], e.Candidates.Where(v => v.Length == 1).Select(v => v[0]).ToArray()))
            .Where(p => p.Item2.Length > 0);
        return new TraditionalCharacters(pairs, kept);
    }

    public char Fold(char c) => _simplified[c];

    /// <summary>The text with every traditional character simplified; the same instance when none is.</summary>
    public string Fold(string text)
    {
        var i = 0;
        while (i < text.Length && _simplified[text[i]] == text[i]) i++;
        if (i == text.Length) return text;
        return string.Create(text.Length, (text, i, this), static (span, state) =>
        {
            var (source, from, folding) = state;
            source.AsSpan(0, from).CopyTo(span);
            for (var k = from; k < source.Length; k++) span[k] = folding._simplified[source[k]];
        });
    }
}
