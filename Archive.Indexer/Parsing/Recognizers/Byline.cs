using Archive.Indexer.Chinese;
using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>
/// A line that says who wrote an article: led by a role (本报记者 王新伟 吴秉泽, 通讯员 陈星, 湖南日报记者 李国斌, 撰稿：本报记者 赵靖云,
/// 【全媒体记者 吴刚】, 本报记者 王丽 摄, a paper's own 晚报记者 李明), or a source and its writers alone (岷县县委组织部　吕鹏飞,
/// 吴江日报　李伟 孙跃勤), or names alone (孙太男 杨小芳, 陆组轩), or a photo's credit (王嘉斌摄(人民视觉), 井娇摄影报道). Reads folded text.
/// </summary>
internal static partial class Byline
{
    public static Credit.Reading? Read(string folded)
    {
        if (folded.Length > 60 || folded.AsSpan().IndexOfAny("。!?;,") >= 0) return null;
        // Papers and bulletins set a box before a byline (□ 靖江市委组织部  陈晨, ■本报记者 王丽).
        var text = folded.Trim().Trim('【', '】', '[', ']').TrimStart('□', '■', ' ');
        // A role names a writer, or a department signing short (通讯员 青组), never a sentence (记者从县委组织部获悉);
        // a page may set the role letter-spaced and bar it off its names (记 者|吕晓琼).
        if (RoleLed().IsMatch(LetterSpacedLead().Replace(text, m => Punctuation.Compact(m.Value))))
            return Credit.Read(folded) is { } led && (led.Authors.Count > 0 || led.Department is { } d && IsSigningDepartment(folded[d])) ? led : null;
        // Without a role, every word must be a name but for one source before them.
        var words = Credit.CloseUpSpacedNames(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 5 || !words.All(w => w.All(CharClass.IsHan))) return null;
        var names = words.Where(PersonName.IsLikely).ToList();
        var sources = words.Length - names.Count;
        // One two-character word is too little to be a name (强化, 高度); a source is a body's short name (吴江日报).
        if (names.Count == 0 || names.Count == 1 && names[0].Length == 2 && sources == 0) return null;
        if (sources > 1 || sources == 1 && (words[0].Length > 12 || !Organization.HasBodyWord(words[0]) || PersonName.IsLikely(words[0]))) return null;
        return Credit.Read(folded);
    }

    /// <summary>A department as a credit signs it: its name (县委组织部), or short (通组, 青组).</summary>
    private static bool IsSigningDepartment(string name) => name.Length <= 3 || Organization.IsName(name);

    /// <summary>Single characters spaced out at the line's start (记 者, 通 讯 员), up to a gap, a bar, a colon or the end.</summary>
    [GeneratedRegex(@"^[\u4e00-\u9fa5](?:[ \u3000]+[\u4e00-\u9fa5])+(?=[ \u3000|:/]|$)")]
    private static partial Regex LetterSpacedLead();

    [GeneratedRegex(@"^(?:[\u4e00-\u9fa5]{0,8}?(?:日报|晚报|报社|电视台|融媒体中心))?(?:本报|本台|本网|新华社|特约|首席|全媒体|融媒体|见习|实习)?(?:记者|通讯员|实习生|撰稿|作者|读者)|^(?:文|图|文/图|文图|图文)\s*[:/]|^[\u4e00-\u9fa5]{2,3}\s*摄(?:影报道)?(?:\(.{1,10}\))?$")]
    private static partial Regex RoleLed();
}
