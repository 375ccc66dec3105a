import type { ThemeConfig } from 'antd';

export const BRAND_COLOR = '#13a8a8';

// System CJK fonts first after the Latin UI fonts, so Chinese renders in PingFang / YaHei / Noto.
const FONT_FAMILY = [
  '-apple-system',
  'BlinkMacSystemFont',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Noto Sans SC"',
  '"WenQuanYi Micro Hei"',
  'sans-serif',
].join(', ');

export const antdTheme: ThemeConfig = {
  token: { colorPrimary: BRAND_COLOR, colorInfo: BRAND_COLOR, fontFamily: FONT_FAMILY, borderRadius: 6 },
  components: { Layout: { headerBg: '#ffffff', siderBg: '#001529' } },
};
