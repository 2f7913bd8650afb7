// Real report pages are whole CMS pages: navigation, menus, footers, scripts around the article. The shared
// fixtures are the article body alone. This wraps a body in such a shell, to measure the CLI as it meets pages.
export function cmsShell(article: string, i = 0): string {
  const menu = Array.from({ length: 60 }, (_, k) => `<li><a href="/col/col${k}/index.html" target="_blank">栏目${k}：政务公开·政策文件·解读回应</a></li>`).join('');
  const links = Array.from({ length: 120 }, (_, k) => `<li><span class="date">2024-0${(k % 9) + 1}-1${k % 10}</span><a href="/art/2024/${k}.html">关于做好第${k}项重点工作的通知</a></li>`).join('');
  const script = `var _hmt=_hmt||[];(function(){var cfg={site:"gov${i}",cols:[${Array.from({ length: 200 }, (_, k) => k).join(',')}]};window.__cfg=cfg;})();`;
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>政府信息公开年度报告_示例市人民政府</title>
<link rel="stylesheet" href="/css/main.css"><style>${'.nav li{float:left;margin:0 8px}'.repeat(40)}</style><script>${script}</script></head>
<body><div class="top"><div class="logo"><img src="/img/logo.png" alt="示例市人民政府"></div><ul class="nav">${menu}</ul></div>
<div class="main"><div class="left"><ul class="list">${links}</ul></div>
<div class="right"><div class="position">当前位置：首页 &gt; 政府信息公开 &gt; 年度报告</div>
<div class="article">${article}</div></div></div>
<div class="footer"><p>主办：示例市人民政府办公室 承办：示例市大数据中心</p><p>网站标识码 0000000000 备案号 ICP备00000000号</p>${'<input type="hidden" name="x" value="1">'.repeat(30)}</div>
<script>${script.repeat(5)}</script></body></html>`;
}

/**
 * A saved page inside the shell: what its <body> holds (a page saved without a <body> tag goes in whole, as the
 * browser would read it).
 */
export function inCmsShell(page: string, i = 0): string {
  return cmsShell(page.replace(/^[\s\S]*<body[^>]*>|<\/body>[\s\S]*$/g, ''), i);
}
