// Copy buttons of the citation box. Without JavaScript the buttons stay hidden and the text stays selectable.
(function () {
    "use strict";
    var status = document.querySelector(".cite .copied");

    function copied(text) {
        if (status) status.textContent = "已复制：" + text;
    }

    function fallback(text, source) {
        var range = document.createRange();
        range.selectNodeContents(source);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        if (document.execCommand("copy")) copied(text);
        else if (status) status.textContent = "无法自动复制，已选中文字，请按 Ctrl+C。";
    }

    document.querySelectorAll("button.copy[data-copy]").forEach(function (button) {
        var source = document.getElementById(button.getAttribute("data-copy"));
        if (!source) return;
        button.hidden = false;
        button.addEventListener("click", function () {
            var text = source.textContent.trim();
            if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(text).then(function () { copied(text); }, function () { fallback(text, source); });
            } else {
                fallback(text, source);
            }
        });
    });
})();
