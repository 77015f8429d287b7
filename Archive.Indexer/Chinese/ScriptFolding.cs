namespace Archive.Indexer.Chinese;

/// <summary>
/// Folds traditional characters to simplified ones, one character for one, so that every offset into the folded
/// text is an offset into the text as written: OpenCC's TSCharacters (its first candidate) and, where a phrase
/// decides, TSPhrases (乾坤 keeps 乾, 乾淨 becomes 干净). Mappings that change the length in UTF-16 (a character
/// outside the basic plane for one inside) are left out. Simplified text comes out as it went in, but for the few
/// characters both scripts share with another reading (乾 outside its phrases folds to 干, in queries alike).
/// Immutable and thread-safe.
/// </summary>
internal sealed class ScriptFolding
{
    private readonly char[] _characters;
    /// <summary>The phrases that start with a character, longest first: (traditional, folded), of equal length.</summary>
    private readonly Dictionary<char, (string From, string To)[]> _phrases;
    private readonly bool[] _startsPhrase;
    /// <summary>Characters whose own form is among their simplified ones (乾: 干 乾).</summary>
    private readonly bool[] _simplifiedToo;

    private ScriptFolding(char[] characters, Dictionary<char, (string From, string To)[]> phrases, IEnumerable<char> simplifiedToo)
    {
        _characters = characters;
        _phrases = phrases;
        _startsPhrase = new bool[char.MaxValue + 1];
        foreach (var first in phrases.Keys) _startsPhrase[first] = true;
        _simplifiedToo = new bool[char.MaxValue + 1];
        foreach (var c in simplifiedToo) _simplifiedToo[c] = true;
    }

    /// <summary>Writes the folded form of <paramref name="source"/> into <paramref name="destination"/> (same length; may be the same memory).</summary>
    public void Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length;)
        {
            var c = source[i];
            if (_startsPhrase[c] && Phrase(source[i..]) is { } phrase)
            {
                phrase.AsSpan().CopyTo(destination[i..]);
                i += phrase.Length;
                continue;
            }
            destination[i++] = _characters[c];
        }
    }

    /// <summary>The folded text; the same string when nothing in it folds.</summary>
    public string Fold(string text)
    {
        var first = 0;
        while (first < text.Length && _characters[text[first]] == text[first] && !_startsPhrase[text[first]]) first++;
        if (first == text.Length) return text;
        var folded = text.ToCharArray();
        Fold(text.AsSpan(first), folded.AsSpan(first));
        return new string(folded);
    }

    /// <summary>
    /// A value as a list shows it folded: folded when it holds a traditional character, and otherwise as written, so
    /// that a character simplified script has too stays (乾县 is a place, 干县 is none), while 乾縣 folds to 乾县 and
    /// 關於 to 关于 as the text fields fold them.
    /// </summary>
    public string FoldValue(string text)
    {
        foreach (var c in text)
        {
            if (_characters[c] != c && !_simplifiedToo[c]) return Fold(text);
        }
        return text;
    }

    private string? Phrase(ReadOnlySpan<char> text)
    {
        foreach (var (from, to) in _phrases[text[0]])
        {
            if (text.StartsWith(from, StringComparison.Ordinal)) return to;
        }
        return null;
    }

    /// <exception cref="DataPackageException">A file is missing, unreadable or malformed.</exception>
    public static ScriptFolding Load(string charactersPath, string phrasesPath)
    {
        var characters = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++) characters[c] = (char)c;
        // Characters whose own form is among their simplified candidates (乾: 干 乾): a phrase that leaves them as
        // they are keeps them so.
        var selfCandidates = new HashSet<char>();
        foreach (var (from, candidates) in Entries(charactersPath))
        {
            if (from.Length != 1 || candidates[0].Length != 1) continue;
            characters[from[0]] = candidates[0][0];
            if (candidates.Contains(from)) selfCandidates.Add(from[0]);
        }

        var phrases = new List<(string From, string To)>();
        foreach (var (from, candidates) in Entries(phrasesPath))
        {
            var to = candidates[0];
            if (to.Length != from.Length) continue;
            // OpenCC leaves some characters of a phrase's value unconverted (不可貲計 -> 不可赀計): those fold as
            // characters unless the phrase means to keep them.
            var folded = string.Create(from.Length, (from, to), (span, pair) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    var (f, t) = (pair.from[i], pair.to[i]);
                    span[i] = t != f || selfCandidates.Contains(f) ? t : characters[f];
                }
            });
            phrases.Add((from, folded));
        }
        var byFirst = phrases
            .GroupBy(p => p.From[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.From.Length).ToArray());
        return new ScriptFolding(characters, byFirst, selfCandidates);
    }

    /// <summary>The lines "key TAB candidate candidate…" of an OpenCC dictionary (the gazetteer reads TSCharacters too).</summary>
    /// <exception cref="DataPackageException">The file is missing, unreadable or malformed.</exception>
    internal static IEnumerable<(string From, string[] Candidates)> Entries(string path)
    {
        IEnumerable<string> lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (IOException e)
        {
            throw new DataPackageException($"{path} cannot be read: {e.Message}", e);
        }
        var number = 0;
        var entries = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            var candidates = tab > 0 ? line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            if (candidates.Length == 0) throw DataPackageFiles.Corrupt(path, number, $"expected \"traditional TAB simplified\", found \"{line}\"");
            entries++;
            yield return (line[..tab], candidates);
        }
        if (entries == 0) throw DataPackageFiles.Corrupt(path, number, "no entries found");
    }
}
