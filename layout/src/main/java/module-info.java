/**
 * 绩效 layout: the format-neutral form reader. Format readers hand it a document's layout
 * (paragraphs, tables of cells with spans); it gives back the model and read warnings.
 */
module io.github.jixiao.layout {
  requires transitive io.github.jixiao.core;

  exports io.github.jixiao.layout;
}
