using Microsoft.EntityFrameworkCore;
using Portal.Data.Entities;

namespace Portal.Data;

public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options) : DbContext(options)
{
    public DbSet<PlanDocument> Plans => Set<PlanDocument>();
    public DbSet<FigureRecord> Figures => Set<FigureRecord>();
    public DbSet<FigureAudit> Audit => Set<FigureAudit>();
    public DbSet<ItemProgressRecord> ItemProgress => Set<ItemProgressRecord>();
    public DbSet<ItemAudit> ItemAudit => Set<ItemAudit>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
}
