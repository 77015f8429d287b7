using Archive.Indexer.Chinese;
namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>
/// Whether a short token reads as a person's name: two or three characters (four with a compound surname) starting with
/// a common surname. Enough to tell 祁涛 and 曹志亮 from 试行, 决赛现场 or 人民视觉 in a credit. Reads simplified text.
/// </summary>
internal static class PersonName
{
    private static readonly string[] CompoundSurnames = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟", "长孙", "宇文", "司徒", "夏侯", "公孙", "端木", "独孤", "南宫"];

    public static bool IsLikely(string token)
    {
        if (token.Length is < 2 or > 4 || !token.All(CharClass.IsHan)) return false;
        if (CompoundSurnames.Any(s => token.StartsWith(s, StringComparison.Ordinal))) return token.Length is 3 or 4;
        return token.Length <= 3 && Surnames.IsSurname(token[0]);
    }

    /// <summary>
    /// The names a credit ran together without a separator (陈云松周武军尤旭怡, 左璐瑤陳瀾): the lengths of the one way to cut the
    /// run into names of two or three characters, each starting with a surname; null when there is none or more than one, or
    /// when every name of it would be two characters (云上平江 is a source's name, 云上 and 平江 no people).
    /// </summary>
    public static IReadOnlyList<int>? RunTogether(string run)
    {
        if (run.Length is < 4 or > 12) return null;
        // ways[i]: how many cuts of run[i..] into names there are (2 means two or more), next[i]: the first name's length in one.
        var ways = new int[run.Length + 1];
        var next = new int[run.Length + 1];
        ways[run.Length] = 1;
        for (var i = run.Length - 2; i >= 0; i--)
            foreach (var length in (ReadOnlySpan<int>)[2, 3])
                if (i + length <= run.Length && ways[i + length] > 0 && IsLikely(run.Substring(i, length)))
                {
                    ways[i] = Math.Min(2, ways[i] + ways[i + length]);
                    next[i] = length;
                }
        if (ways[0] != 1) return null;
        var lengths = new List<int>();
        for (var i = 0; i < run.Length; i += next[i]) lengths.Add(next[i]);
        return lengths.Contains(3) ? lengths : null;
    }
}
