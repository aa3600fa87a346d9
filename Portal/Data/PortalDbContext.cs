using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Portal.Data.Entities;

namespace Portal.Data;

/// <summary>The portal's database: plans, figures and their audit, and (through Identity) accounts and roles.</summary>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options) : IdentityDbContext<PortalUser>(options), IDataProtectionKeyContext
{
    /// <summary>The province's libraries (ADR 039); every other table's rows belong to one of them.</summary>
    public DbSet<Library> Libraries => Set<Library>();
    public DbSet<PlanDocument> Plans => Set<PlanDocument>();
    public DbSet<FigureRecord> Figures => Set<FigureRecord>();
    public DbSet<FigureAudit> Audit => Set<FigureAudit>();
    public DbSet<ItemProgressRecord> ItemProgress => Set<ItemProgressRecord>();
    public DbSet<ItemAudit> ItemAudit => Set<ItemAudit>();
    public DbSet<PlanAudit> PlanAudit => Set<PlanAudit>();

    // Accounts and periods (issue 6).
    public DbSet<MonthClose> MonthClosures => Set<MonthClose>();
    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    // New plans under review before publishing (issue 12).
    public DbSet<PlanDraftRecord> PlanDrafts => Set<PlanDraftRecord>();
    // The reporting cycle (issue 13).
    public DbSet<ReportingYear> ReportingYears => Set<ReportingYear>();
    public DbSet<DeadlineException> DeadlineExceptions => Set<DeadlineException>();
    public DbSet<ReminderClaim> ReminderClaims => Set<ReminderClaim>();
    public DbSet<ReminderDelivery> ReminderDeliveries => Set<ReminderDelivery>();

    // Backups, scheduled and from the command line (issue 27).
    public DbSet<BackupRun> BackupRuns => Set<BackupRun>();

    // ASP.NET Core Data Protection keys, shared by every instance on this database (ADR 018).
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>What this context may read and write; the factory sets it from <see cref="LibraryScope.Current"/>.</summary>
    public LibraryScope Scope { get; set; } = LibraryScope.All;

    // Read by the query filters as parameters of each query (LibraryRows.Configure).
    internal bool SeesAllLibraries => Scope.SeesAll;
    internal int[] VisibleLibraries => Scope.VisibleIds;
    internal int AddressedLibrary => Scope.Library;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder); // Identity's tables and keys first
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        LibraryRows.Configure(modelBuilder, this);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        LibraryRows.Stamp(ChangeTracker, Scope);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        LibraryRows.Stamp(ChangeTracker, Scope);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
