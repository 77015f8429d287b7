using Archive.Web.Browse;

namespace Archive.Web.Tests;

/// <summary>Highlighting may add &lt;mark&gt; and nothing else to what reaches the browser (what is marked: the engine's HighlightTests).</summary>
public sealed class MarkingTests
{
    [Fact]
    public void Engine_highlights_keep_their_marks_and_any_other_tag_is_encoded()
    {
        var html = MarkedHtml.Render("<mark>党建</mark>引领 &amp; <script>alert(1)</script>", "").ToString();
        Assert.Equal("<mark>党建</mark>引领 &amp; &lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public void An_unclosed_mark_is_closed()
    {
        Assert.Equal("<mark>党建</mark>", MarkedHtml.Render("<mark>党建", "").ToString());
    }
}
