using System.Text;
using Archive.Indexer.Text;

namespace Archive.Indexer.Tests.Text;

/// <summary>Markup inside other markup: HTML a Markdown file holds, the fallback a page of frames gives old browsers.</summary>
public sealed class EmbeddedMarkupTests
{
    [Fact]
    public void Html_blocks_in_markdown_are_read_as_their_text()
    {
        const string markdown = "<p align=\"center\"><b>关于做好干部教育培训工作的通知</b></p>\n\n各县区委组织部：\n\n<table><tr><td>姓名</td><td>单位</td></tr></table>\n\n<script>var x = 1;</script>\n";

        var text = DocumentReader.Read("notice.md", Encoding.UTF8.GetBytes(markdown));

        Assert.Equal(["关于做好干部教育培训工作的通知", "各县区委组织部：", "姓名", "单位"], text.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Html_in_markdown_nested_past_the_bound_is_kept_as_the_text_it_is()
    {
        var markdown = "<div>\n" + string.Concat(Enumerable.Repeat("<div>", 5_000)) + "干部\n</div>\n";

        var text = DocumentReader.Read("deep.md", Encoding.UTF8.GetBytes(markdown));

        Assert.Contains(text.Blocks, b => b.Text.EndsWith("干部", StringComparison.Ordinal));
    }

    [Fact]
    public void A_frameset_pages_fallback_for_browsers_without_frames_is_not_read_as_its_markup()
    {
        const string html = "<html><head><title>组工网</title></head><frameset cols=\"20%,80%\"><frame src=\"menu.html\"><frame src=\"main.html\">" +
                            "<noframes><body><p>您的浏览器不支持框架。</p></body></noframes></frameset></html>";

        var text = DocumentReader.Read("index.html", Encoding.UTF8.GetBytes(html));

        Assert.Equal(["组工网"], text.Blocks.Select(b => b.Text));
    }
}
