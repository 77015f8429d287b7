using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>
/// The line under a speech's heading that names who gives it: an office alone or with its holder's name (县委副书记,
/// 县长 ***, 市委常委、组织部长  王建国, 组织部部长  张 三, 魚化寨街道黨工委書記張永潮). Never the heading's subtitle. Reads folded text.
/// </summary>
internal static partial class Speaker
{
    /// <summary>The speaker's name in the line (an empty range when only the office stands), or null.</summary>
    public static Range? Read(string folded)
    {
        if (folded.Length > 40) return null;
        var m = Pattern().Match(folded.TrimEnd());
        if (!m.Success) return null;
        var name = m.Groups["name"];
        if (!name.Success) return 0..0;
        // 组织部长会议 is no office and its holder.
        return PersonName.IsLikely(Punctuation.Compact(name.Value)) ? name.Index..(name.Index + name.Length) : null;
    }

    /// <summary>Whether the line names the person a piece is about (专访…组织部部长董亮, 对话…), who neither gives nor writes it.</summary>
    public static bool IsInterviewee(string folded) => AboutSomeone().IsMatch(folded);

    /// <summary>Whether a word names an office (市人大常委会副主任, 县委书记): a person's post, not the body he serves.</summary>
    public static bool IsOffice(string word) => Office().IsMatch(word);

    private const string Offices = "书记|部长|局长|县长|市长|区长|镇长|乡长|主任|主席|处长|科长|校长|院长|组长|委员|常委";

    /// <summary>The name may be letter-spaced (组织部部长  张 三).</summary>
    [GeneratedRegex(@"(?:" + Offices + @")\s*(?:[*×X]+|(?<name>[\u4e00-\u9fa5](?:[ \u3000]{0,3}[\u4e00-\u9fa5]){1,2}))?$")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"(?:" + Offices + @")$")]
    private static partial Regex Office();

    [GeneratedRegex(@"^\s*(?:——|—|-)?\s*(?:专访|访谈|访|对话|走近|记)")]
    private static partial Regex AboutSomeone();
}
