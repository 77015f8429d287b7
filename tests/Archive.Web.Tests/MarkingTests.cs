using Archive.Web.Browse;

namespace Archive.Web.Tests;

/// <summary>Highlighting may add &lt;mark&gt; and nothing else to what reaches the browser.</summary>
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

    [Fact]
    public void Query_terms_are_marked_in_the_text_but_field_filters_and_negated_words_are_not()
    {
        var terms = QueryTerms.Of("考察识别 \"疫情防控\" 栏目:市内信息 -核酸");
        var html = terms.Mark("在疫情防控一线考察识别干部，市内信息，核酸检测<b>").ToString();
        Assert.Equal("在<mark>疫情防控</mark>一线<mark>考察识别</mark>干部，市内信息，核酸检测&lt;b&gt;", html);
    }

    [Fact]
    public void An_unquoted_term_is_marked_word_by_word_as_the_engine_searches_it()
    {
        var html = QueryTerms.Of("考察识别干部").Mark("注重在疫情防控工作中考察识别使用干部").ToString();
        Assert.Contains("<mark>考察识别</mark>", html);
        Assert.Contains("<mark>干部</mark>", html);
    }
}
