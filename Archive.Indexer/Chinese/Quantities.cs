namespace Archive.Indexer.Chinese;

/// <summary>
/// The precise-mode rule for numbers and their units, PKU's time words and amounts: digits take the ideographs that
/// scale or round them (3.5万, 1450余, 30多, 300余万), then a unit of time or age the route cut as a word of its own (2000年,
/// 12月, 3日, 8时, 50岁), or a percent sign (50%); a run of Chinese numerals takes such a unit too (二○○一年, 十二月).
/// The unit joins when the route cuts it as a word of its own (the route scores a unit after a number as SmartCN's
/// class 未##时, <see cref="WordKind.Unit"/>): 10 分钟 keeps its word, 3日 至 takes the unit.
/// </summary>
internal static class Quantities
{
    /// <summary>
    /// How many ideographs after the number at <paramref name="end"/> belong to it: 万 and 亿, then one 余 or 多 (1.3万余),
    /// or 余 or 多 before them (3000余万, 20多亿).
    /// </summary>
    public static int SuffixLength(ReadOnlySpan<char> text, int end)
    {
        var i = Scale(text, end);
        if (i < text.Length && text[i] is '余' or '多') i = i == end ? Scale(text, i + 1) : i + 1;
        return i - end;
    }

    private static int Scale(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] is '万' or '亿') i++;
        return i;
    }

    /// <summary>Whether the character is a unit a number takes when the route cuts it as a word of its own.</summary>
    public static bool IsUnit(char c) => c is '年' or '月' or '日' or '号' or '时' or '分' or '秒' or '点' or '岁';

    /// <summary>Whether the route's word, right after a number, is a unit that joins it.</summary>
    public static bool IsUnitWord(ReadOnlySpan<char> run, RouteWord word) =>
        word.Kind == WordKind.Unit || (word.Length == 1 && IsUnit(run[word.Start]));

    /// <summary>
    /// Whether two characters are a count and its measure word (一个, 两级, 每项, 几名), which PKU cuts (一 个) though SmartCN
    /// and jieba hold many as words.
    /// </summary>
    public static bool IsCountAndMeasure(char count, char measure) =>
        (CharClass.IsChineseNumeral(count) || count is '几' or '每') && IsMeasure(measure);

    public static bool IsMeasure(char c) =>
        c is '个' or '名' or '位' or '项' or '级' or '轮' or '届' or '次' or '期' or '件' or '条' or '批' or '座' or '种' or '类' or '层' or '场' or '户' or
             '颗' or '份' or '张' or '支' or '套' or '片' or '股' or '趟';

    /// <summary>Whether a character right after a number counts, prices or dates it: a measure word, a unit, 元 or 人 (100 人).</summary>
    public static bool CountsOrDates(char c) => IsMeasure(c) || IsUnit(c) || c is '元' or '人';

    /// <summary>Whether the scanner's run is a percent sign (% or ％).</summary>
    public static bool IsPercent(ReadOnlySpan<char> text, Token run) =>
        run.Length == 1 && CharClass.Fold(text[run.Start]) == '%';
}
