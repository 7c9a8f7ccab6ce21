/** Generics a division's name may end in, longest first (省, 市, 县, 镇, 街道…); a known name needs none to be read. */
export const DIVISION_GENERICS: readonly string[] = ['特别行政区', '自治区', '自治州', '自治县', '街道', '社区', '苏木', '省', '市', '县', '区', '旗', '盟', '镇', '乡', '村'];
