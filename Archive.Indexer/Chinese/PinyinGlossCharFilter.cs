using System.Collections.Frozen;

namespace Archive.Indexer.Chinese;

/// <summary>
/// Leaves out the pinyin that some copying sites put in parentheses after characters (黨(dǎng)員, 學(xué)生), so the
/// words and bigrams run on as in the original text: 大學(xué)生村官 is 大学生村官 again. Offsets are corrected: marks
/// still fall on the characters as written.
/// </summary>
internal sealed class PinyinGlossCharFilter(TextReader input) : WholeTextCharFilter(input)
{
    /// <summary>The longest syllable (zhuang, shuang) and a little room.</summary>
    private const int MaxSyllable = 7;
    private const string TonedVowels = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
    private const string PlainVowels = "aaaaeeeeiiiioooouuuuüüüünnnm";

    /// <summary>Every syllable of Mandarin, without tones.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Syllables = string.Join(' ',
            "a ai an ang ao e ei en eng er o ou m n ng",
            "ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu",
            "pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu",
            "ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu",
            "fa fan fang fei fen feng fo fou fu",
            "da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo",
            "ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo",
            "na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nü nüe",
            "la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lü lüe",
            "ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo",
            "ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo",
            "ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo",
            "ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun",
            "qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun",
            "xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun",
            "zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo",
            "cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo",
            "sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo",
            "ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo",
            "za zai zan zang zao ze zei zen zeng zi zong zou zu zuan zui zun zuo",
            "ca cai can cang cao ce cen ceng ci cong cou cu cuan cui cun cuo",
            "sa sai san sang sao se sen seng si song sou su suan sui sun suo",
            "ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun wa wai wan wang wei wen weng wo wu")
        .Split(' ').ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The text without its glosses; the same string when it has none.</summary>
    public static string Remove(string text)
    {
        if (!HasGlosses(text)) return text;
        using var reader = new PinyinGlossCharFilter(new StringReader(text));
        return reader.ReadToEnd();
    }

    /// <summary>Whether the text holds a gloss (then filtering it changes its length and offsets).</summary>
    public static bool HasGlosses(ReadOnlySpan<char> text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] is '(' or '（' && GlossAt(text, i) > 0) return true;
        }
        return false;
    }

    /// <summary>
    /// The length of the glosses at <paramref name="at"/>, right after an ideograph, or 0: a syllable in parentheses,
    /// "(huì)" or "（huì）", with a tone mark, or without one when it is at least two letters (個(ge), 政(zheng)) and so no
    /// list's (a) or (b); glosses repeated (政(zheng)(zhèng)); and the space some sites set after each (a no-break or an
    /// ideographic one in some copies) when an ideograph follows (黨(dang) 政; 網(wǎng) 2022年 keeps its space).
    /// (WTO), (试行), (app) and (café) stay.
    /// </summary>
    public static int GlossAt(ReadOnlySpan<char> text, int at)
    {
        if (at == 0 || !CharClass.IsHan(text[at - 1])) return 0;
        var end = at;
        while (end < text.Length && Syllable(text, end) is var length and > 0) end += length;
        if (end == at) return 0;
        return end + 1 < text.Length && text[end] is ' ' or '\u00A0' or '\u3000' && CharClass.IsHan(text[end + 1]) ? end + 1 - at : end - at;
    }

    protected override int Filter(ReadOnlySpan<char> text, char[] output)
    {
        var kept = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '(' or '（' && GlossAt(text, i) is var length and > 0)
            {
                i += length - 1;
                // From here on, an offset into the filtered text falls this much short of the original one.
                AddOffCorrectMap(kept, i + 1 - kept);
                continue;
            }
            output[kept++] = text[i];
        }
        return kept;
    }

    /// <summary>The length of one parenthesized syllable at <paramref name="at"/>, or 0.</summary>
    private static int Syllable(ReadOnlySpan<char> text, int at)
    {
        if (text[at] is not ('(' or '（')) return 0;
        var close = text[at] == '(' ? ')' : '）';
        Span<char> plain = stackalloc char[MaxSyllable];
        var letters = 0;
        var toned = false;
        for (var end = at + 1; end < text.Length && letters < MaxSyllable; end++, letters++)
        {
            var c = text[end];
            if (c == close) return (toned || letters >= 2) && Syllables.Contains(plain[..letters]) ? end + 1 - at : 0;
            var tone = TonedVowels.IndexOf(c);
            if (tone >= 0) toned = true;
            else if (c is not (>= 'a' and <= 'z' or 'ü')) return 0;
            plain[letters] = tone >= 0 ? PlainVowels[tone] : c;
        }
        return 0;
    }
}
