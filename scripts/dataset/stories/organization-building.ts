import { organizationCover } from '../art/result-covers.ts';
import { planPeriods, type StorySource } from './source.ts';

// The plan's chapter on its organisation (聚焦组织体系健全, 聚焦自身建设) and the membership
// targets: what it sets out to do, not what has been done.
export const organizationBuilding: StorySource = {
	key: 'organization-building',
	year: 2024,
	period: planPeriods.nextFiveYears,
	category: 'organization',
	title: {
		zh: '健全组织体系：红十字组织建设深入乡镇、社区',
		en: 'A stronger organisation: the Red Cross reaches into towns and communities',
	},
	excerpt: {
		zh: '规划提出，推进乡镇（街道）、新领域新阶层等红十字会组织建设，形成纵向到底、横向到面、条块结合的基层网络组织格局；红十字会团体会员达420个，个人会员达5万人。',
		en: 'The plan sets out to build Red Cross societies in towns and urban subdistricts and in new sectors and social groups, forming a grassroots network that reaches down every level and across every area; group members are to reach 420 and individual members 50,000.',
	},
	body: {
		zh: [
			'株洲市红十字会的五年发展规划把“聚焦组织体系健全，增强服务群众能力”列为一项重点工作。这篇故事讲的是规划提出要做的事，而不是已经完成的成绩。',
			{ h2: '构建基层组织网络' },
			'推进乡镇（街道）、新领域新阶层等红十字会组织建设，形成纵向到底、横向到面、条块结合的基层网络组织格局。',
			{ h2: '推进组织建设' },
			'稳定组织架构，稳定志愿队伍，规范制度管理，固定服务平台，开展红十字特色活动。',
			{ h2: '增强服务功能' },
			'志愿服务贴近群众，组织建设深入乡镇、社区，人道传播入企进校、扩大覆盖。',
			{ h2: '健全运行机制' },
			'健全科学决策机制，定期开展模范褒奖。',
			{ h2: '加强自身建设' },
			'加强党建引领，提高红十字系统党建工作的能力和水平；加强队伍管理，建设一支忠诚担当、具有国际视野的专业红十字干部队伍；加强工作监督，构建内部、外部和专项监督的全方位综合监督体系；加强制度建设，坚持制度管人管事，健全管理制度以及奖惩措施。',
			{ h2: '发展目标' },
			'规划的发展目标包括：红十字会团体会员达420个，个人会员达5万人；登记与注册红十字志愿者突破2万人。',
		],
		en: [
			'The Zhuzhou Red Cross’s five-year plan makes “a sound organisation that serves people better” (聚焦组织体系健全，增强服务群众能力) one of its priorities. This story is about what the plan sets out to do, not about results already achieved.',
			{ h2: 'A grassroots network' },
			'Red Cross societies are to be built in towns and urban subdistricts (乡镇、街道) and in new sectors and social groups, forming a grassroots network that reaches down every level and across every area, joining the city’s lines of work with its localities.',
			{ h2: 'Building the organisation' },
			'A stable structure, stable volunteer teams, well-ordered rules and management, fixed service platforms, and activities with a Red Cross character.',
			{ h2: 'Serving people better' },
			'Volunteer services close to the people, the organisation reaching into towns and communities, and humanitarian outreach spreading into companies and schools.',
			{ h2: 'How it runs' },
			'Sound, well-founded decision-making, and regular awards for exemplary members.',
			{ h2: 'The society itself' },
			'Stronger Party leadership, raising the Red Cross system’s ability and standard in Party work; better management of its people, building a loyal and committed professional staff with an international outlook; closer oversight, with a comprehensive system of internal, external and special-purpose supervision; and firmer rules, managing people and work by rules and improving the rules, rewards and penalties.',
			{ h2: 'Targets' },
			'Among the plan’s targets: 420 Red Cross group members and 50,000 individual members, and more than 20,000 registered Red Cross volunteers.',
		],
	},
	cover: organizationCover,
	related: ['volunteer-results', 'normal-college'],
};
