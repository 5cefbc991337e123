package org.slumber.core.internal.render;

/**
 * The style sheet of the HTML view: fluid, readable on a phone (no page wider than the screen:
 * long words break, and below 40rem a field table stacks each row's cells, each labelled by its
 * {@code title}), light and dark. It is the only
 * text {@link HtmlWriter} writes unescaped, so it must never hold {@code <} or {@code &}.
 */
final class HtmlStyle {

    static final String CSS = """
            :root{color-scheme:light dark;--fg:#1b2129;--bg:#fff;--mut:#5b6675;--line:#d9dee5;--acc:#0a5fc0;\
            --str:#0b7a3e;--num:#8a4a00;--bool:#6c2aa6;--nul:#737373;--soft:#f4f6f9}
            @media (prefers-color-scheme:dark){:root{--fg:#e5e8ec;--bg:#14181e;--mut:#9ba6b4;--line:#343c47;\
            --acc:#72b4ff;--str:#86d9a6;--num:#f1b86f;--bool:#cda6f6;--nul:#a0a0a0;--soft:#1d232b}}
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
            body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);\
            background:var(--bg)}
            header,main,footer{max-width:64rem;margin:0 auto;padding:.75rem 1rem}
            header{border-bottom:1px solid var(--line)}
            h1{font-size:1.4rem;margin:.5rem 0;overflow-wrap:anywhere}
            h2{font-size:1rem;margin:1rem 0 .25rem;color:var(--mut)}
            a{color:var(--acc);overflow-wrap:anywhere}
            .crumbs ol{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.2rem .4rem}
            .crumbs li{overflow-wrap:anywhere}
            .crumbs li+li::before{content:"\\203A";margin-right:.4rem;color:var(--mut)}
            .crumbs [aria-current]{font-weight:600}
            .status{display:inline-block;margin:.5rem 0 0;padding:.1rem .7rem;border-radius:1rem;font-weight:600}
            .status .code{font-variant-numeric:tabular-nums;margin-right:.3rem}
            .status.ok{background:#dcf2e3;color:#13502b}
            .status.redirect{background:#dde9ff;color:#1c3a86}
            .status.client-error{background:#fff1cc;color:#774500}
            .status.server-error{background:#fddede;color:#861010}
            .error{margin:.75rem 0 .25rem;padding:.75rem 1rem;border-left:.3rem solid #c62828;background:#fddede;\
            color:#5c0a0a;font-size:1.15rem;font-weight:600;overflow-wrap:anywhere}
            p.error{white-space:pre-wrap}
            .moved{margin:.5rem 0 0}
            dl{margin:0;display:grid;grid-template-columns:minmax(5rem,max-content) minmax(0,1fr);gap:.3rem 1rem}
            dt{font-weight:600;overflow-wrap:anywhere}
            dd{margin:0;min-width:0}
            dd dl,dd ol,td dl,td ol{border-left:2px solid var(--line);padding-left:.75rem}
            ol{margin:0;padding-left:2rem}
            li{min-width:0}
            main>ol>li+li,main>dl>dd>ol>li+li{margin-top:.6rem;padding-top:.6rem;border-top:1px dashed var(--line)}
            @media (max-width:40rem){dl{grid-template-columns:minmax(0,1fr)}dd{margin-left:.75rem}\
            header,main,footer{padding:.5rem .75rem}}
            .v{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.95em;white-space:pre-wrap;\
            overflow-wrap:anywhere;word-break:normal}
            .v::before{font:600 .6rem/1 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.04em;\
            color:var(--mut);border:1px solid var(--line);border-radius:.25rem;padding:.1rem .25rem;\
            margin-right:.35rem;vertical-align:.1em;white-space:nowrap}
            .v.string{color:var(--str)}.v.string::before{content:"str"}
            .v.number{color:var(--num)}.v.number::before{content:"num"}
            .v.boolean{color:var(--bool)}.v.boolean::before{content:"bool"}
            .v.null{color:var(--nul);font-style:italic}.v.null::before{content:"null"}
            .v.object::before{content:"obj"}.v.array::before{content:"arr"}
            .v.empty-string::after{content:"(empty string)";color:var(--mut);font-style:italic;font-family:system-ui,sans-serif}
            .key-empty{color:var(--mut);font-style:italic;font-weight:400}
            .ctl{color:#c62828;background:rgba(198,40,40,.1);border-radius:.2rem;font-style:normal}
            pre.json{margin:0;padding:.5rem;background:var(--soft);white-space:pre-wrap;overflow-wrap:anywhere}
            .table{max-width:100%;overflow-x:auto}
            .fields{border-collapse:collapse;width:100%}
            .fields th,.fields td{text-align:left;vertical-align:top;padding:.3rem .6rem .3rem 0;\
            border-bottom:1px solid var(--line);overflow-wrap:anywhere;word-break:normal;min-width:0}
            .fields thead th{font-size:.85rem;color:var(--mut)}
            .fields tbody th{font-weight:600}
            @media (max-width:40rem){.fields,.fields tbody,.fields tr,.fields th,.fields td{display:block;width:auto}\
            .fields thead{display:none}.fields tr{padding:.4rem 0;border-bottom:1px solid var(--line)}\
            .fields th,.fields td{border:0;padding:.1rem 0}.fields td:empty{display:none}\
            .fields td::before{content:attr(title);display:inline-block;min-width:4.5rem;margin-right:.5rem;\
            font:600 .75rem/1.5 system-ui,sans-serif;color:var(--mut)}}
            .pager{margin:1rem 0}
            .pager a{display:inline-block;padding:.45rem 1rem;border:1px solid var(--acc);border-radius:.4rem;\
            text-decoration:none;font-weight:600}
            .nothing{color:var(--mut);font-style:italic}
            footer{color:var(--mut);font-size:.85rem;border-top:1px solid var(--line);margin-top:1rem}
            footer .v{font-size:.85rem}
            """;

    private HtmlStyle() {
    }
}
