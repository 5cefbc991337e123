/**
 * Descriptors of the stored shape of models: tables, columns, keys, references and links.
 * The core builds them from the apps it hosts and hands them to the storage role, which
 * creates its schema from them and takes every table and column name it ever uses from
 * them (never from request input).
 */
package org.slumber.spi.model;
