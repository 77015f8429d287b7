using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>
/// A photo's caption: text that ends with its photographer (… 于晓宇 摄, …。新華社記者 黃敬文攝, …。趙嘉/攝, （… 摄）), that starts
/// with 图为 or with its picture's place (上图：…下图：…), or that credits a picture (… 张洁 供图), or a picture's source
/// in brackets alone where the picture was lost ((政府新闻处图片), (县委组织部供图)). A credit alone (本报记者 王丽 摄) is a
/// byline, not a caption. Reads folded text.
/// </summary>
internal static partial class Caption
{
    public static bool Matches(string folded)
    {
        if (folded.Length > 160 || folded.AsSpan().IndexOfAny("摄图") < 0) return false;
        if (Pictured().IsMatch(folded) || PictureSource().IsMatch(folded.Trim())) return true;
        var credit = PhotoCredit().Match(folded);
        return credit.Success && credit.Index > 0;
    }

    /// <summary>A photographer's credit at the end of the text (… 于晓宇 摄, …赵嘉/摄, （… 摄）).</summary>
    [GeneratedRegex(@"(?:(?<=[\s。!?])|^)(?:(?:本报|新华社|特约)?记者|通讯员)?\s*[\u4e00-\u9fa5]{2,3}(?:\s+[\u4e00-\u9fa5]{2,3})*\s*/?\s*(?:摄|供图)(?:\([^()]{1,10}\))?\s*$|\([^()]{2,20}摄\)\s*$")]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"^\([^()]{2,20}(?:图片|供图)\)$")]
    private static partial Regex PictureSource();

    [GeneratedRegex(@"^图为|^\(图[::]|^图片来源|^(?:[上下左右]|[左右][上下])图\s*[0-9]?\s*:")]
    private static partial Regex Pictured();
}
