using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Data.Entities;

namespace Portal.Data.Configurations;

internal sealed class PlanDocumentConfiguration : IEntityTypeConfiguration<PlanDocument>
{
    public void Configure(EntityTypeBuilder<PlanDocument> b)
    {
        b.ToTable("Plans");
        b.HasKey(p => new { p.LibraryId, p.Year });
        b.Property(p => p.Year).ValueGeneratedNever();
        b.Property(p => p.Title).HasMaxLength(200);
        b.Property(p => p.UpdatedBy).HasMaxLength(100);
    }
}
