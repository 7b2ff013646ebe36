"""attachments: files sent in conversations

Revision ID: 0006
Revises: 0005

The files themselves (scanned, images re-encoded) and their previews live in
``attachments``, so retention and the customer export treat them like the
messages; the message that shows one carries its description (``messages.attachment``).
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'attachments',
        sa.Column('id', sa.String(length=64), nullable=False),
        sa.Column('conversation_id', sa.String(length=64), nullable=False),
        sa.Column('uploader_ref', sa.String(length=160), nullable=False),
        sa.Column('client_msg_id', sa.String(length=64), nullable=True),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('mime', sa.String(length=64), nullable=False),
        sa.Column('name', sa.String(length=128), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('data', sa.LargeBinary(), nullable=False),
        sa.Column('preview', sa.LargeBinary(), nullable=False),
        sa.Column('info', sa.JSON(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('conversation_id', 'uploader_ref', 'client_msg_id', name='uq_attachment_client_id'),
    )
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.create_index('ix_attachments_conversation_id', ['conversation_id'], unique=False)
    # A plain ADD COLUMN (no batch copy of the table: that would drop 0004's FTS triggers).
    op.add_column('messages', sa.Column('attachment', sa.JSON(none_as_null=True), nullable=True))


def downgrade() -> None:
    op.drop_column('messages', 'attachment')  # SQLite >= 3.35 drops it in place, triggers kept
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index('ix_attachments_conversation_id')
    op.drop_table('attachments')
