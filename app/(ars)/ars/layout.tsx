import { areaLayout } from '@/app/_components/area-layout';

export default areaLayout('ARS');
