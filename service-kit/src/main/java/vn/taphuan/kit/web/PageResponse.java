package vn.taphuan.kit.web;

import java.util.List;

/**
 * One page of a list answer, the same shape in every service.
 *
 * @param items the page's items
 * @param page  page number, from 0
 * @param size  page size asked for
 * @param total number of items in all pages
 */
public record PageResponse<T>(List<T> items, int page, int size, long total) {
}
