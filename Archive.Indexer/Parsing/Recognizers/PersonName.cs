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
}
