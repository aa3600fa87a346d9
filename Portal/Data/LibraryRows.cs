using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Portal.Data.Entities;

namespace Portal.Data;

/// <summary>
/// The one place where rows meet libraries in EF Core (ADR 039): every <see cref="ILibraryOwned"/> entity gets its
/// foreign key to <see cref="Library"/> and the query filter <see cref="FilterName"/> (the context's visible set); a
/// new row without a library gets the scope's, and a row outside the visible set is never written.
/// <see cref="OwnedTables"/> names what PostgreSQL's row-level security must cover as well.
/// </summary>
public static class LibraryRows
{
    /// <summary>The visible set: what the user may ever see (security; roll-ups across libraries keep it).</summary>
    public const string FilterName = "library";

    /// <summary>The addressed library: what a page of one library reads (a roll-up across libraries ignores it).</summary>
    public const string AddressedFilter = "addressed";

    /// <summary>The tables that hold a library's rows, for the row-level security policies and their test.</summary>
    public static IReadOnlyList<string> OwnedTables(Microsoft.EntityFrameworkCore.Metadata.IModel model) =>
        model.GetEntityTypes().Where(t => typeof(ILibraryOwned).IsAssignableFrom(t.ClrType))
            .Select(t => t.GetTableName()!).Distinct().Order(StringComparer.Ordinal).ToList();

    internal static void Configure(ModelBuilder model, PortalDbContext context)
    {
        foreach (var type in model.Model.GetEntityTypes().Where(t => typeof(ILibraryOwned).IsAssignableFrom(t.ClrType)).ToList())
        {
            var entity = model.Entity(type.ClrType);
            entity.Property(nameof(ILibraryOwned.LibraryId)).IsRequired();
            entity.HasOne(typeof(Library)).WithMany().HasForeignKey(nameof(ILibraryOwned.LibraryId)).OnDelete(DeleteBehavior.Restrict);
            entity.HasQueryFilter(FilterName, Filter(type.ClrType, context));
            // An account is found by name at sign-in, and a token by its hash, wherever they belong: they work at every
            // address their library sees. The admin tabs list the addressed library's own.
            if (type.ClrType != typeof(PortalUser) && type.ClrType != typeof(AccessToken))
                entity.HasQueryFilter(AddressedFilter, Addressed(type.ClrType, context));
        }
    }

    /// <summary>e => context.SeesAll || context.Visible.Contains(e.LibraryId), with the context's members as parameters.</summary>
    private static LambdaExpression Filter(Type type, PortalDbContext context)
    {
        var e = Expression.Parameter(type, "e");
        var self = Expression.Constant(context);
        var seesAll = Expression.Property(self, nameof(PortalDbContext.SeesAllLibraries));
        var visible = Expression.Property(self, nameof(PortalDbContext.VisibleLibraries));
        var library = Expression.Property(e, nameof(ILibraryOwned.LibraryId));
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], visible, library);
        return Expression.Lambda(Expression.OrElse(seesAll, contains), e);
    }

    /// <summary>e => e.LibraryId == context.AddressedLibrary.</summary>
    private static LambdaExpression Addressed(Type type, PortalDbContext context)
    {
        var e = Expression.Parameter(type, "e");
        var addressed = Expression.Property(Expression.Constant(context), nameof(PortalDbContext.AddressedLibrary));
        return Expression.Lambda(Expression.Equal(Expression.Property(e, nameof(ILibraryOwned.LibraryId)), addressed), e);
    }

    /// <summary>Before a save: a new row takes the scope's library; any row outside the visible set stops the save.</summary>
    internal static void Stamp(ChangeTracker tracker, LibraryScope scope)
    {
        foreach (var entry in tracker.Entries<ILibraryOwned>())
        {
            if (entry.State == EntityState.Added && entry.Entity.LibraryId == 0) entry.Entity.LibraryId = scope.Library;
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !scope.Sees(entry.Entity.LibraryId))
                throw new LibraryScopeException(entry.Metadata.GetTableName(), entry.Entity.LibraryId);
        }
    }
}

/// <summary>A write to a row of a library the scope does not see: a bug, never user input, so it is not translated.</summary>
public sealed class LibraryScopeException(string? table, int library)
    : InvalidOperationException($"A write to {table} of library {library} is outside the current library scope.");
