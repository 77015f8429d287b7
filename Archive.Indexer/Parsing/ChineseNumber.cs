namespace Archive.Indexer.Parsing;

/// <summary>Numbers written in Chinese numerals (十二, 三十六, 一百二十, 二〇二一 digit by digit) and full-width digits.</summary>
internal static class ChineseNumber
{
    /// <summary>A whole number in arabic, full-width or Chinese numerals (up to 九千九百九十九); null when it is none.</summary>
    public static int? Parse(string text)
    {
        if (text.Length == 0) return null;
        if (text.All(c => c is >= '0' and <= '9' or >= '０' and <= '９'))
            return text.Length <= 9 ? text.Aggregate(0, (n, c) => n * 10 + (c >= '０' ? c - '０' : c - '0')) : null;
        var total = 0;
        var digit = -1;
        foreach (var c in text)
        {
            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit > 0)
            {
                // 十二 starts with its unit: one ten.
                total += (digit < 0 ? 1 : digit) * unit;
                digit = -1;
                continue;
            }
            var value = Digit(c);
            if (value < 0) return null;
            // Without units the digits are read one after another (二〇二一).
            digit = digit < 0 ? value : digit * 10 + value;
        }
        return total + Math.Max(digit, 0);
    }

    /// <summary>〇 ○ 零 and the letter o and digit 0 that copies put for it are zero; -1 for anything else.</summary>
    public static int Digit(char c) => c switch
    {
        '〇' or '零' or '○' or 'Ｏ' or 'O' or 'o' or '0' => 0,
        '一' => 1, '二' => 2, '三' => 3, '四' => 4, '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9,
        _ => -1,
    };
}
