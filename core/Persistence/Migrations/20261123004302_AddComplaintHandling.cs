using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ItaBot.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddComplaintHandling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Rating",
                table: "Complaints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Complaints",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Rating",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Complaints");
        }
    }
}
