import { App, Form, Input, InputNumber, Modal, TreeSelect } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { type Category, categoryTree, descendantIds, treeOptions } from './catalog.ts';

interface Values {
  name: string;
  parentId: string | null;
  sort: number | null;
  pointsPerYuan: number | null;
}

/** What is being edited: a new category (maybe under a parent) or an existing one. */
export type CategoryTarget =
  | { mode: 'create'; parentId: string | null }
  | { mode: 'edit'; category: Category };

interface Props {
  target: CategoryTarget | null;
  categories: readonly Category[];
  onClose: () => void;
  onSaved: () => void;
}

export function CategoryModal({ target, categories, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const editing = target?.mode === 'edit' ? target.category : null;

  const initialValues: Values | undefined = target
    ? target.mode === 'edit'
      ? {
          name: target.category.name,
          parentId: target.category.parentId,
          sort: target.category.sort,
          pointsPerYuan: target.category.pointsPerYuan,
        }
      : { name: '', parentId: target.parentId, sort: null, pointsPerYuan: null }
    : undefined;
  useEffect(() => {
    if (target) form.resetFields();
  }, [target, form]);

  // A category cannot move under itself or anything below it.
  const blocked = editing ? descendantIds(categories, editing.id) : new Set<string>();

  const submit = async () => {
    const v = await form.validateFields();
    const body = {
      name: v.name.trim(),
      parentId: v.parentId ?? null,
      ...(v.sort !== null && v.sort !== undefined ? { sort: v.sort } : {}),
      pointsPerYuan: v.pointsPerYuan ?? null,
    };
    setSaving(true);
    try {
      if (editing) {
        await unwrap(api.PATCH('/api/v1/categories/{id}', { params: { path: { id: editing.id } }, body }));
        void message.success(t('common.saved'));
      } else {
        await unwrap(api.POST('/api/v1/categories', { body }));
        void message.success(t('common.created'));
      }
      onSaved();
    } catch (err) {
      void message.error(errorText(t, err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={editing ? t('catalog.categoryEdit') : t('catalog.categoryNew')}
      open={target !== null}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      destroyOnHidden
      data-testid="category-modal"
    >
      <Form form={form} layout="vertical" autoComplete="off" initialValues={initialValues} preserve={false}>
        <Form.Item
          name="name"
          label={t('catalog.categoryName')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('catalog.categoryName') }),
            },
          ]}
        >
          <Input maxLength={40} data-testid="category-name" />
        </Form.Item>
        <Form.Item name="parentId" label={t('catalog.parent')} extra={t('catalog.parentHelp')}>
          <TreeSelect
            allowClear
            treeDefaultExpandAll
            placeholder={t('catalog.topLevel')}
            treeData={treeOptions(categoryTree(categories), blocked)}
            data-testid="category-parent"
          />
        </Form.Item>
        <Form.Item name="sort" label={t('catalog.sort')}>
          <InputNumber min={0} max={100_000} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="pointsPerYuan"
          label={t('catalog.pointsPerYuan')}
          extra={t('catalog.pointsPerYuanHelp')}
        >
          <InputNumber min={0} max={1000} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
