package org.slumber.examples.docs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import org.slumber.core.app.AppBuilder;
import org.slumber.core.app.ModelRef;
import org.slumber.core.app.SlumberApp;
import org.slumber.core.operation.Operations;
import org.slumber.spi.model.Reference.OnDelete;
import org.slumber.spi.model.ValueType;

/**
 * A bookshop app that uses every kind of field, every field modifier and every model-level
 * declaration of {@link org.slumber.core.app.ModelBuilder}: the sample of the site's "Declaring
 * models" chapter. Its {@code Book.publisher} points at a {@code publishers} service, so a
 * server hosting it needs that service in its directory before books with a publisher can be
 * written.
 */
public final class BookshopApp implements SlumberApp {

    @Override
    public void define(AppBuilder app) {
        // START SNIPPET: bookshop-app
        app.name("bookshop").configuration(Map.of("currency", "EUR", "vat", 0.2));
        // END SNIPPET: bookshop-app

        // START SNIPPET: bookshop-keys
        ModelRef genre = app.model("Genre", m -> m
                .stringKey("code", 8)                        // text key, always given by the caller
                .string("title", 100).required().verboseName("genre title")
                .display(i -> i.string("title")));
        ModelRef tag = app.model("Tag", m -> m
                .suppliedKey("number")                       // 64-bit key, always given by the caller
                .string("name", 50).unique().required()
                .display(i -> i.string("name")));
        // END SNIPPET: bookshop-keys

        // START SNIPPET: bookshop-author
        ModelRef author = app.model("Author", m -> m
                .key("id")                                   // generated 64-bit key
                .string("name", 200).required()
                .string("email", 254).nullable().unique().pattern("[^@\\s]+@[^@\\s]+")
                .date("born").nullable()
                .converter(ValueType.DATE, new DayMonthYear())   // this model's dates as 28.11.2026
                .display(i -> i.string("name")));
        // END SNIPPET: bookshop-author

        // START SNIPPET: bookshop-book
        app.model("Book", m -> m
                .key("id")
                .string("isbn", 13).unique().required().pattern("[0-9]{13}").column("isbn13")
                .string("title", 300).required()
                .foreignKey("author", author).required().relatedName("books").onDelete(OnDelete.RESTRICT)
                .foreignKey("genre", genre).nullable()       // deleting the genre sets this to null
                .manyToMany("tags", tag)                     // a data array of the book
                .decimal("price", 8, 2).required()
                .integer("pages").nullable()
                .bigInteger("copies_sold").defaultValue(0L)
                .bool("in_print").defaultValue(true)
                .string("format", 9).choices("hardback", "paperback", "ebook").defaultValue("paperback")
                .timestamp("added").defaultValue((Supplier<Instant>) Instant::now).readOnly()
                .remoteForeignKey("publisher", "slumber://publishers/publishing/Publisher/").nullable()
                        .validateRemote()
                .table("shop_books")
                .uniqueTogether("title", "author")
                .display(i -> i.string("title") + " by " + i.related("author").display())
                .property("price_with_vat", i -> i.decimal("price").multiply(new BigDecimal("1.20"))
                        .setScale(2, RoundingMode.HALF_UP))
                .property("links", i -> Map.of("author", i.related("author").url()))
                .withoutOperation("delete")                  // books are taken out of print, not deleted
                .mount("data", "books")                      // also at /slumber/<service>/books/<pk>/
                .operation("label", new BookLabel())         // at .../Book/label/<pk>/
                .operation("my-permissions", new MyPermissions(), "bookshop/my-permissions")
                .operation("hal", Operations.halInstanceList(), "bookshop/books-hal"));
        // END SNIPPET: bookshop-book

        // START SNIPPET: bookshop-member
        app.model("Member", m -> m
                .key("id")
                .foreignKey("user", ModelRef.AUTH_USER).required()   // the auth app's User, whatever its name
                .string("card", 12).unique().required()
                .password("pin").nullable()                  // write-only, stored as a PBKDF2 hash
                .userProfile());                             // get-profile on User answers this model
        // END SNIPPET: bookshop-member
    }
}
