using Microsoft.EntityFrameworkCore;

namespace Portal.Data;

/// <summary>
/// The portal's one <see cref="IDbContextFactory{TContext}"/> (ADR 031): a context from the pool, carrying the
/// <see cref="LibraryScope.Current"/> scope of the request, circuit or job that asked for it (ADR 039). A pooled
/// context keeps the scope it was last given, so every context is given one here.
/// </summary>
public sealed class LibraryContexts([FromKeyedServices(LibraryContexts.PoolKey)] IDbContextFactory<PortalDbContext> pool)
    : IDbContextFactory<PortalDbContext>
{
    public const string PoolKey = "pool";

    public PortalDbContext CreateDbContext() => Scoped(pool.CreateDbContext());

    public async Task<PortalDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        Scoped(await pool.CreateDbContextAsync(cancellationToken));

    private static PortalDbContext Scoped(PortalDbContext db)
    {
        db.Scope = LibraryScope.Current;
        return db;
    }

    /// <summary>Moves EF Core's pooled factory under <see cref="PoolKey"/> and puts this one in its place.</summary>
    public static void Register(IServiceCollection services)
    {
        var pooled = services.Single(d => d.ServiceType == typeof(IDbContextFactory<PortalDbContext>) && !d.IsKeyedService);
        services.Remove(pooled);
        services.Add(pooled.ImplementationType is { } type
            ? new ServiceDescriptor(pooled.ServiceType, PoolKey, type, pooled.Lifetime)
            : new ServiceDescriptor(pooled.ServiceType, PoolKey, (sp, _) => pooled.ImplementationFactory!(sp), pooled.Lifetime));
        services.AddSingleton<IDbContextFactory<PortalDbContext>, LibraryContexts>();
    }
}
