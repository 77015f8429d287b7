namespace Archive.Api.Uploads;

/// <summary>
/// Why a file was not ingested, said in Chinese: the engine states its reasons in English (with the details a
/// maintainer needs); a Chinese reader gets the gist first and the English reason after it, in brackets.
/// </summary>
public static class ReasonInChinese
{
    /// <summary>What a reason says, by a phrase it is stated with (any of a row's), most particular first.</summary>
    private static readonly (string[] Phrases, string Chinese)[] Gists =
    [
        (["encrypted", "password-protected"], "文件设有密码（已加密），请另存一份不加密的副本后上传"),
        (["pages to recognize"], "扫描页数超过上限"),
        (["MB limit"], "文件超过大小上限"),
        (["budget of processor time", "made no progress", "did not finish"], "读取时间超出限制，文件可能已损坏或结构异常"),
        (["holds no text"], "文件中没有可读取的文字"),
        (["file is empty", "empty file"], "文件为空，没有可读取的内容"),
        (["not a PDF"], "文件不是 PDF（扩展名与内容不符）"),
        (["not a JPEG, PNG or TIFF"], "文件不是 JPEG、PNG 或 TIFF 图片"),
        // Before the zip's row: an OpenDocument file or an e-book is a zip, but unpacking it gives no document.
        (["unsupported format"], "不支持此文件格式"),
        // A plain zip, not a damaged .docx, which "is no complete zip archive".
        (["is a zip archive", ", a zip archive"], "文件是压缩包，请解压后上传其中的文件"),
        (["not a Word, WPS or RTF", "no word-processor document"], "文件不是 Word、WPS 或 RTF 文档"),
        (["binary content", "not valid", "unknown encoding"], "文件不是可识别编码的文本（可能是二进制文件）"),
        (["nests elements"], "网页嵌套层级过深，文件可能已损坏"),
        (["elements as its parser builds them, more than a page holds"], "网页元素过多，文件可能已损坏或被刻意构造，未读取"),
        (["graphics states saved", "drawing operators"], "PDF 页面的绘图指令过多或嵌套过深，文件可能已损坏或被刻意构造，未读取"),
        (["more memory than a reader may use", "more memory than poppler may use"], "读取所需内存超出限制，文件可能已损坏或被刻意构造"),
        (["more than recognition reads"], "图片像素过多，超出文字识别的上限：请降低分辨率或改用灰度扫描"),
        (["compression bomb", "inflates past"], "文件解压后过大（可能是压缩炸弹，或文档过大），未读取"),
        (["document type (DTD)"], "文件含有文档类型声明（DTD），Word 从不写入，出于安全考虑未读取"),
        (["articles, more than the"], "文件拆分出的文章过多，请拆成较小的文件后上传"),
        (["lines of text, more than"], "文件行数过多，请拆成较小的文件后上传"),
        (["characters of text, more than one document", "more than one document is read for"], "文件文字过多，超过一份文档的上限，请拆成较小的文件后上传"),
        (["replaced by another version while"], "要取代的文档在读取期间已被另一版本取代，未作任何保存：请指明当前版本后重新上传"),
        (["was deleted while this file was read"], "要取代的文档在读取期间已被删除，未作任何保存：如需单独保存，请去掉 replaces= 后重新上传"),
        (["is not in the archive"], "要取代的文档不在档案中，未作任何保存"),
        (["damaged", "truncated", "has no pages", "no document body", "cannot be counted"], "文件已损坏或不完整"),
        (["legacy Office", "LibreOffice"], "旧版 Office 文件需要 LibreOffice 才能读取，本服务器未安装"),
        (["Tesseract", "could not be rendered for recognition"], "扫描页无法识别文字（缺少识别程序或语言数据）"),
        (["disappeared"], "文件在读取过程中被移动、删除或修改，请在文件完整后重新导入"),
        (["cannot be read"], "文件无法读取"),
    ];

    /// <summary>The gist of <paramref name="reason"/> in Chinese, with the English reason in brackets; the English alone when no gist is known.</summary>
    public static string Of(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) return "原因不明";
        foreach (var (phrases, chinese) in Gists)
        {
            if (phrases.Any(p => reason.Contains(p, StringComparison.OrdinalIgnoreCase))) return $"{chinese}（{reason}）";
        }
        return reason;
    }
}
