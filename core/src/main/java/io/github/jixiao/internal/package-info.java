/**
 * 内部 (internal): implementation support shared by Jixiao's packages; not API, may change
 * without notice.
 */
package io.github.jixiao.internal;
