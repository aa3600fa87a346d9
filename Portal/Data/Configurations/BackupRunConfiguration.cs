using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Data.Entities;

namespace Portal.Data.Configurations;

internal sealed class BackupRunConfiguration : IEntityTypeConfiguration<BackupRun>
{
    public void Configure(EntityTypeBuilder<BackupRun> b)
    {
        b.ToTable("BackupRuns");
        b.HasIndex(r => r.Day).IsUnique(); // the day's claim; command-line runs (null) do not collide
        b.HasIndex(r => r.StartedAt);
        b.Property(r => r.Day).HasMaxLength(10);
        b.Property(r => r.File).HasMaxLength(1000);
        b.Property(r => r.Error).HasMaxLength(1000);
        b.Property(r => r.Instance).HasMaxLength(100);
        b.Property(r => r.StartedAt).HasConversion(UtcTicks.Converter);
        b.Property(r => r.FinishedAt).HasConversion(UtcTicks.Converter);
    }
}
