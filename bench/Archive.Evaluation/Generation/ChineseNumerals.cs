namespace Archive.Evaluation.Generation;

/// <summary>Numbers and dates in Chinese numerals as documents print them: 第十二期, 二〇二〇年三月五日.</summary>
internal static class ChineseNumerals
{
    private const string Digits = "〇一二三四五六七八九";

    /// <summary>1-99: 一, 十, 十二, 二十, 二十三.</summary>
    public static string Number(int value) => value switch
    {
        < 10 => Digits[value].ToString(),
        < 20 => "十" + (value % 10 == 0 ? "" : Digits[value % 10].ToString()),
        _ => Digits[value / 10] + "十" + (value % 10 == 0 ? "" : Digits[value % 10].ToString()),
    };

    public static string Date(DateOnly date) =>
        string.Concat(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => Digits[d - '0'])) +
        $"年{Number(date.Month)}月{Number(date.Day)}日";
}
