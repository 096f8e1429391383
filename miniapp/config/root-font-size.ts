/**
 * The H5 root font size, which pxtransform's rem units hang on: 40 px per 750 design px of the
 * viewport's shorter side, kept between 20 and 40 px (Taro's own rule for our 750 design width).
 *
 * Taro's default script measures the <html> element instead of the viewport. Its height is the
 * content's, so on first paint a short page takes a smaller size, and the first resize after the
 * content has grown scales the whole page up: every box moves (Lighthouse saw CLS 0.28 on 首页).
 * The viewport does not depend on the content.
 */
export const ROOT_FONT_SIZE_SCRIPT =
  '!function(n){function f(){var w=Math.min(n.innerWidth||750,n.innerHeight||n.innerWidth||750),x=40*w/750;' +
  'n.document.documentElement.style.fontSize=(x>=40?40:x<=20?20:x)+"px"}' +
  'n.addEventListener("resize",function(){f();setTimeout(f,500)});f()}(window);';
